using Microsoft.Extensions.Options;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary><c>GET /api/suche?q=…&amp;kultur=de&amp;seite=N</c>: the results of the search page as JSON, for other clients.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/suche", Search);
        return app;
    }

    private static IResult Search(string? q, string? kultur, int? seite, SearchIndexes indexes, IOptions<WegweiserOptions> options)
    {
        var culture = string.IsNullOrWhiteSpace(kultur) ? Core.Content.Cultures.Source : kultur;
        if (!options.Value.SiteCultures.Contains(culture))
        {
            return Results.BadRequest(new { error = $"Unknown culture; use one of: {string.Join(", ", options.Value.SiteCultures)}." });
        }

        var r = indexes.Search(culture, new SearchRequest(q, seite ?? 1));
        return Results.Json(new
        {
            query = q ?? "",
            culture,
            total = r.Total,
            page = r.Page,
            pageSize = r.PageSize,
            pageCount = r.PageCount,
            didYouMean = r.DidYouMean,
            hits = r.Hits.Select(h => new
            {
                key = h.Key,
                type = h.Type.ToString(),
                title = h.Title,
                titleHtml = h.TitleHtml,
                snippetHtml = h.SnippetHtml,
                url = h.Url,
                isFallback = h.IsFallback,
            }),
            facets = r.Facets.ToDictionary(f => f.Key, f => f.Value.Select(c => new { value = c.Value, count = c.Count })),
        });
    }
}
