using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// The results page <c>/{culture}/suche?q=…&amp;seite=N</c> with the list filters as further
/// parameters (<see cref="SearchFilter"/>): a plain GET form and plain links, no script needed.
/// </summary>
public sealed class SearchModel(SearchIndexes indexes, DirectoryQueries queries, SiteContext site, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string QueryParam = "q";
    public const string PageParam = PageSlice.Param;
    public const string Segment = "suche";

    [BindProperty(SupportsGet = true, Name = QueryParam)]
    public string? Query { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.Empty([], 1, 10);

    public SearchFilter Filter { get; private set; } = new();

    /// <summary>Which page of the results; a page beyond the last shows the last.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1);

    /// <summary>The facets beside the results: a heading and values to narrow by, each with its count and link.</summary>
    public IReadOnlyList<FacetGroup> FacetGroups { get; private set; } = [];

    /// <summary>Set when the results do not match every word: which words or topic they are for.</summary>
    public string? Relaxation { get; private set; }

    /// <summary>Chosen filters with their label and the link that removes each.</summary>
    public IReadOnlyList<(string Label, string RemoveUrl)> ActiveFilters { get; private set; } = [];

    public static string Link(string culture, string? query = null, int page = 1, IEnumerable<(string Param, string Value)>? filters = null)
    {
        var url = $"/{culture}/{Segment}";
        if (string.IsNullOrWhiteSpace(query))
        {
            return url;
        }

        var pairs = new List<(string, string)> { (QueryParam, query) };
        pairs.AddRange(filters ?? []);
        if (page > 1)
        {
            pairs.Add((PageParam, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return url + "?" + string.Join("&", pairs.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
    }

    /// <summary>The pager: this search on another page, with the same filters.</summary>
    public Pager Pager => new(Paging, page => Link(site.Culture, Query, page, Filter.With()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var terms = await queries.AllTermsAsync(ct);
        Filter = SearchFilter.Parse(Request.Query, terms);
        var openNow = await queries.OpenNowKeysAsync(ct);
        var requested = PageSlice.Requested(Request.Query);
        Results = indexes.Search(site.Culture, Filter.Apply(new SearchRequest(Query, requested), openNow));
        var shown = PageSlice.Of(Results.Total, requested, Results.PageSize).Number;
        if (shown != Results.Page)
        {
            Results = indexes.Search(site.Culture, Filter.Apply(new SearchRequest(Query, shown), openNow));
        }

        // The index answers at most page 1000; the pager follows the page it answered.
        Paging = PageSlice.Of(Results.Total, Results.Page, Results.PageSize);
        ActiveFilters = Filter.Active
            .Select(a => (FilterLabels.Describe(a.Param, a.Value, terms, site.Culture, t), Link(site.Culture, Query, 1, Filter.With(removeParam: a.Param))))
            .ToList();
        Relaxation = RelaxationNotice.For(Results, terms, site.Culture, t);
        if (Results.Total > 0)
        {
            var groups = SearchFilter.Params
                .Where(p => !Filter.Has(p.Param) && !IsYesNo(p.Facet))
                .Select(p => new FacetGroup(Heading(p.Param), Values(p.Param, p.Facet, terms)))
                .ToList();
            var only = SearchFilter.Params
                .Where(p => !Filter.Has(p.Param) && IsYesNo(p.Facet))
                .SelectMany(p => Values(p.Param, p.Facet, terms))
                .ToList();
            groups.Add(new FacetGroup(t["Filter.Only"], only));
            FacetGroups = groups.Where(g => g.Values.Count > 0).ToList();
        }

        return Page();
    }

    private static bool IsYesNo(string facet) => facet is Searcher.FreeFacet or Searcher.AccessibleFacet or Searcher.OpenNowFacet;

    private string Heading(string param) => param switch
    {
        SearchFilter.TypeParam => t["Search.Facet.Type"],
        DirectoryFilter.TopicParam => t["Filter.Topic"],
        DirectoryFilter.TownParam => t["Filter.Town"],
        DirectoryFilter.TargetGroupParam => t["Filter.TargetGroup"],
        _ => t["Filter.Language"],
    };

    private IReadOnlyList<FacetValue> Values(string param, string facet, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms)
    {
        if (!Results.Facets.TryGetValue(facet, out var counts))
        {
            return [];
        }

        // A value every match has narrows nothing, so it is left out; yes/no facets say how many qualify.
        return counts
            .Where(c => c.Count < Results.Total || IsYesNo(facet))
            .Select(c =>
            {
                var value = SearchFilter.ParamValue(facet, c.Value);
                var name = param switch
                {
                    DirectoryFilter.FreeParam => t["Filter.Free"],
                    DirectoryFilter.WheelchairParam => t["Filter.Wheelchair"],
                    DirectoryFilter.OpenNowParam => t["Filter.OpenNow"],
                    _ => FilterLabels.Describe(param, value, terms, site.Culture, t),
                };
                return new FacetValue(name, c.Count, Link(site.Culture, Query, 1, Filter.With(param, value)));
            })
            .ToList();
    }
}

public sealed record FacetGroup(string Heading, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Name, int Count, string Url);
