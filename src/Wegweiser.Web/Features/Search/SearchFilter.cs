using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// The filters of a search, from the same German query parameters as the directory lists
/// (<c>thema</c>, <c>ort</c>, <c>zielgruppe</c>, <c>sprache</c>, <c>kostenlos</c>,
/// <c>barrierefrei</c>, <c>jetzt-offen</c>) plus <c>typ</c> (a list's URL segment). Values are
/// checked as the lists check them; unknown ones are dropped and reported, never an error.
/// </summary>
public sealed class SearchFilter
{
    public const string TypeParam = "typ";

    /// <summary>Query parameter → index facet, in the order the results page shows them.</summary>
    public static readonly IReadOnlyList<(string Param, string Facet)> Params =
    [
        (TypeParam, Searcher.TypeFacet),
        (DirectoryFilter.TopicParam, Searcher.TopicFacet),
        (DirectoryFilter.TownParam, Searcher.TownFacet),
        (DirectoryFilter.TargetGroupParam, Searcher.TargetGroupFacet),
        (DirectoryFilter.LanguageParam, Searcher.LanguageFacet),
        (DirectoryFilter.FreeParam, Searcher.FreeFacet),
        (DirectoryFilter.WheelchairParam, Searcher.AccessibleFacet),
        (DirectoryFilter.OpenNowParam, Searcher.OpenNowFacet),
    ];

    private readonly List<(string Param, string Value)> _active = [];

    /// <summary>The chosen filters as query parameter and value, in <see cref="Params"/> order.</summary>
    public IReadOnlyList<(string Param, string Value)> Active => _active;

    /// <summary>Parameters whose value was not understood.</summary>
    public IReadOnlyList<string> Ignored { get; private init; } = [];

    public bool OnlyOpenNow => Has(DirectoryFilter.OpenNowParam);

    public bool Has(string param) => _active.Any(a => a.Param == param);

    public static SearchFilter Parse(IQueryCollection query, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(query);
        var directory = DirectoryFilter.Parse(query, terms);
        var ignored = directory.Ignored.Where(p => Params.Any(m => m.Param == p)).ToList();
        var type = query[TypeParam].FirstOrDefault()?.Trim();
        if (!string.IsNullOrEmpty(type) && DirectorySection.BySegment(type) is null)
        {
            ignored.Add(TypeParam);
            type = null;
        }

        var filter = new SearchFilter { Ignored = ignored };
        foreach (var (param, _) in Params)
        {
            var value = param == TypeParam ? type : directory.Get(param);
            if (!string.IsNullOrEmpty(value))
            {
                filter._active.Add((param, value));
            }
        }

        return filter;
    }

    /// <summary><paramref name="request"/> narrowed by these filters; <paramref name="openNow"/> lets it count and filter "open now".</summary>
    public SearchRequest Apply(SearchRequest request, IReadOnlySet<string> openNow)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (param, value) in _active)
        {
            switch (param)
            {
                case TypeParam:
                    filters[Searcher.TypeFacet] = [DirectorySection.BySegment(value)!.Type.ToString()];
                    break;
                case DirectoryFilter.FreeParam or DirectoryFilter.WheelchairParam:
                    filters[Facet(param)] = [SearchFields.Yes];
                    break;
                case DirectoryFilter.OpenNowParam:
                    break;
                default:
                    filters[Facet(param)] = [value];
                    break;
            }
        }

        return request with { Filters = filters, OpenNow = openNow, OnlyOpenNow = OnlyOpenNow };
    }

    /// <summary>The query parameter value that chooses a facet value ("Course" → "kurse", "yes" → "ja").</summary>
    public static string ParamValue(string facet, string facetValue) => facet switch
    {
        Searcher.TypeFacet => Enum.TryParse<ContentType>(facetValue, out var type) ? DirectorySection.For(type).Segment : facetValue,
        Searcher.FreeFacet or Searcher.AccessibleFacet or Searcher.OpenNowFacet => DirectoryFilter.Yes,
        _ => facetValue,
    };

    /// <summary>The filters as query string pairs, with one added or one removed.</summary>
    public IEnumerable<(string Param, string Value)> With(string? addParam = null, string? addValue = null, string? removeParam = null)
    {
        var pairs = _active.Where(a => a.Param != removeParam && a.Param != addParam).ToList();
        if (addParam is not null && addValue is not null)
        {
            pairs.Add((addParam, addValue));
        }

        return pairs.OrderBy(p => Params.Select(m => m.Param).ToList().IndexOf(p.Param));
    }

    private static string Facet(string param) => Params.First(p => p.Param == param).Facet;
}
