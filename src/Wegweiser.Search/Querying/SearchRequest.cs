namespace Wegweiser.Search.Querying;

/// <summary>
/// A search as a visitor asked for it: the typed text, the page (from 1) and the filters chosen.
/// </summary>
public sealed record SearchRequest(string? Text, int Page = 1, int PageSize = 10)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Facet field (<see cref="Indexing.SearchFields.Facets"/>) → accepted values: an entry passes a
    /// field when it has any of its values, and it must pass every field. Unknown fields are ignored.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = NoFilters;

    /// <summary>
    /// The keys of the entries open at this moment. Opening hours change by the minute, so the
    /// caller works them out; the search counts them as the "open now" facet.
    /// </summary>
    public IReadOnlySet<string>? OpenNow { get; init; }

    /// <summary>Only entries in <see cref="OpenNow"/>.</summary>
    public bool OnlyOpenNow { get; init; }

    public int SafePage => Math.Clamp(Page, 1, 1000);

    public int SafePageSize => Math.Clamp(PageSize, 1, 50);
}
