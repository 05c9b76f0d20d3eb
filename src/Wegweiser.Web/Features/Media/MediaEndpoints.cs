namespace Wegweiser.Web.Features.Media;

/// <summary>Serves processed images: <c>/medien/{name}</c>, cached for a year (names never repeat).</summary>
public static class MediaEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/medien/{name}", (string name, MediaStore store, HttpContext http) =>
        {
            if (store.PathOf(name) is not { } path)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(path, name.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg");
        });
}
