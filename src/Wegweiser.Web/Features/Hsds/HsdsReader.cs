using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Search.Indexing;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// Opens one HSDS request: checks the parameters and the language (<c>lang</c>, else the
/// browser's <c>Accept-Language</c>), takes the published snapshot the pages use, and loads full
/// texts from the database only for the entries of the page being answered.
/// </summary>
public sealed class HsdsReader(
    DirectoryQueries queries, ContentStore content, SearchIndexes indexes, HsdsIdIndex ids, HsdsOptions options,
    IOptions<WegweiserOptions> site, SiteClock clock, IStringLocalizer<SharedResource> t)
{
    public HsdsOptions Options => options;

    /// <summary>The context and query of a request, or the 400 problem when a parameter is wrong.</summary>
    public async Task<(HsdsContext Context, HsdsQuery Query, IResult? Refusal)> OpenAsync(HttpContext http, IReadOnlySet<string> allowed, CancellationToken ct)
    {
        var query = HsdsQuery.Read(http.Request.Query, allowed, options);
        var (culture, languageProblem) = Language(http);
        var snapshot = await queries.SnapshotAsync(ct);
        var context = new HsdsContext(snapshot, culture, PublicUrl.BaseOf(http), clock.Today, t, options);
        var problem = languageProblem ?? query.Problem;
        return (context, query, problem is null ? null : HsdsProblems.BadRequest(problem));
    }

    public PublishedEntry? Find(HsdsContext c, Guid id) => ids.Find(c.Snapshot, id);

    /// <summary>The entries with their full texts (body, costs …), in the given order.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> WithFullTextsAsync(IReadOnlyList<PublishedEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return entries;
        }

        var full = (await content.PublishedByIdsAsync(entries.Select(e => e.Item.Id).ToList(), ct)).ToDictionary(e => e.Item.Id);
        return entries.Select(e => full.GetValueOrDefault(e.Item.Id)).OfType<PublishedEntry>().ToList();
    }

    /// <summary>
    /// The entries with their summaries (the snapshot holds none): what the one-to-one fields of a
    /// listed service or organization describe them with.
    /// </summary>
    public Task<IReadOnlyList<PublishedEntry>> WithSummariesAsync(IReadOnlyList<PublishedEntry> entries, CancellationToken ct) =>
        content.WithSummariesAsync(entries, ct);

    /// <summary>Keeps the entries that match the search text, best match first; all of them without a text.</summary>
    public IReadOnlyList<PublishedEntry> Searched(HsdsContext c, HsdsQuery query, IEnumerable<PublishedEntry> entries, IEnumerable<ContentType> types)
    {
        if (query.Text is null)
        {
            return entries.ToList();
        }

        var rank = HsdsSearch.Keys(indexes, c.Culture, query.Text, types)
            .Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i, StringComparer.Ordinal);
        return entries.Where(e => rank.ContainsKey(e.Key)).OrderBy(e => rank[e.Key]).ToList();
    }

    private (string Culture, string? Problem) Language(HttpContext http)
    {
        var cultures = site.Value.SiteCultures;
        string culture;
        if (http.Request.Query.TryGetValue(HsdsQuery.Lang, out var lang))
        {
            culture = lang.ToString().Trim().ToLowerInvariant();
            if (lang.Count > 1 || !cultures.Contains(culture))
            {
                return (Cultures.Source, $"lang muss eine dieser Sprachen sein: {string.Join(", ", cultures)}.");
            }
        }
        else
        {
            culture = SiteCultureInfo.Negotiate(http.Request.Headers.AcceptLanguage, cultures);
            http.Response.Headers.Vary = "Accept-Language";
        }

        http.Response.Headers.ContentLanguage = culture;
        return (culture, null);
    }
}
