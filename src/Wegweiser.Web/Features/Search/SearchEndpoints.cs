using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// <c>GET /api/suche?q=…&amp;kultur=de&amp;seite=N</c>, with the filters of the search page
/// (<c>typ</c>, <c>thema</c>, <c>ort</c>, …): the results of the search page as JSON, for other clients.
/// </summary>
public static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/suche", Search);

    private static async Task<IResult> Search(HttpContext context, string? q, string? kultur, int? seite, SearchIndexes indexes, DirectoryQueries queries, IOptions<WegweiserOptions> options, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var (culture, refusal) = ApiCulture.Resolve(kultur, options.Value);
        if (refusal is not null)
        {
            return refusal;
        }

        var terms = await queries.AllTermsAsync(ct);
        var filter = SearchFilter.Parse(context.Request.Query, terms);
        var r = indexes.Search(culture, filter.Apply(new SearchRequest(q, seite ?? 1), await queries.OpenNowKeysAsync(ct)));
        return Results.Json(new
        {
            query = q ?? "",
            culture,
            total = r.Total,
            page = r.Page,
            pageSize = r.PageSize,
            pageCount = r.PageCount,
            didYouMean = r.DidYouMean,
            words = r.Words,
            allWordsMatched = r.AllWordsMatched,
            matchedWords = r.MatchedWords,
            relaxedTopics = RelaxationNotice.Topics(r, terms, culture, t).Select(x => new { key = x.Key, name = x.Name }),
            relaxation = RelaxationNotice.For(r, terms, culture, t),
            filters = filter.Active.ToDictionary(a => a.Param, a => a.Value),
            ignoredFilters = filter.Ignored,
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
