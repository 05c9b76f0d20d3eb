using Microsoft.Extensions.Options;
using Wegweiser.Search.Indexing;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// <c>GET /api/vorschlaege?q=…&amp;kultur=de</c>: up to six titles that begin with what was typed,
/// for the search box's suggestion list. Not cached, so an archived entry is gone at once.
/// </summary>
public static class SuggestEndpoints
{
    public const string Path = "/api/vorschlaege";

    public static string Link(string culture) => $"{Path}?kultur={Uri.EscapeDataString(culture)}";

    public static void Map(IEndpointRouteBuilder app) => app.MapGet(Path, Suggest);

    private static IResult Suggest(HttpContext context, string? q, string? kultur, SearchIndexes indexes, IOptions<WegweiserOptions> options)
    {
        var (culture, refusal) = ApiCulture.Resolve(kultur, options.Value);
        if (refusal is not null)
        {
            return refusal;
        }

        var suggestions = indexes.Suggest(culture, q);
        return Results.Json(suggestions.Select(s => new
        {
            title = s.Title,
            url = s.Url,
            type = s.Type.ToString(),
            isFallback = s.IsFallback,
        }));
    }
}
