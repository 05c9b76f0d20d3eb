using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Api;

/// <summary>
/// The description of the public APIs: the OpenAPI 3.1 document at <c>/api/openapi.json</c> and the
/// readable page at <c>/api</c> (a Razor Page), both made from <see cref="ApiCatalog"/>.
/// </summary>
public static class ApiFeature
{
    public static IEndpointRouteBuilder MapApiDescription(this IEndpointRouteBuilder app)
    {
        app.MapGet(OpenApiDocument.Path, (HttpContext http) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Json(OpenApiDocument.Build(PublicUrl.BaseOf(http)));
        });
        return app;
    }
}
