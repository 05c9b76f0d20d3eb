using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>The results page <c>/{culture}/suche?q=…&amp;seite=N</c>: a plain GET form, no script needed.</summary>
public sealed class SearchModel(SearchIndexes indexes, DirectoryQueries queries, SiteContext site, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string QueryParam = "q";
    public const string PageParam = "seite";
    public const string Segment = "suche";

    [BindProperty(SupportsGet = true, Name = QueryParam)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = PageParam)]
    public int? PageNumber { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.Empty([], 1, 10);

    /// <summary>Facet groups with display names, for the counts beside the results.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<(string Name, int Count)> Values)> FacetGroups { get; private set; } = [];

    public static string Link(string culture, string? query = null, int page = 1)
    {
        var url = $"/{culture}/{Segment}";
        if (string.IsNullOrWhiteSpace(query))
        {
            return url;
        }

        url += $"?{QueryParam}={Uri.EscapeDataString(query)}";
        return page > 1 ? url + $"&{PageParam}={page}" : url;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Results = indexes.Search(site.Culture, new SearchRequest(Query, PageNumber ?? 1));
        if (Results.Total > 0)
        {
            var terms = await queries.AllTermsAsync(ct);
            string TermName(string taxonomy, string key) => terms.TryGetValue((taxonomy, key), out var term) ? term.NameIn(site.Culture) : key;
            string TypeName(string type) => Enum.TryParse<ContentType>(type, out var parsed) ? t[DirectorySection.For(parsed).NameKey].Value : type;
            FacetGroups =
            [
                (t["Search.Facet.Type"].Value, Named(Searcher.TypeFacet, TypeName)),
                (t["Search.Facet.Topic"].Value, Named(Searcher.TopicFacet, k => TermName(Taxonomy.Topic, k))),
                (t["Search.Facet.Town"].Value, Named(Searcher.TownFacet, k => TermName(Taxonomy.Town, k))),
            ];
        }

        return Page();
    }

    private IReadOnlyList<(string Name, int Count)> Named(string facet, Func<string, string> name) =>
        Results.Facets.TryGetValue(facet, out var counts) ? counts.Select(c => (name(c.Value), c.Count)).ToList() : [];
}
