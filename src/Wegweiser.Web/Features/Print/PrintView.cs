namespace Wegweiser.Web.Features.Print;

/// <summary>What the print view shows: its heading, the filters chosen, the groups of entries and the way back.</summary>
public sealed record PrintView(
    string Heading,
    IReadOnlyList<PrintGroup> Groups,
    bool GroupHeadings,
    IReadOnlyList<string> Filters,
    bool SomeFiltersIgnored,
    string BackUrl)
{
    /// <summary>How many entries match in all.</summary>
    public int Total => Groups.Sum(g => g.Total);

    /// <summary>How many entries are printed.</summary>
    public int Shown => Groups.Sum(g => g.Entries.Count);

    /// <summary>Whether entries were left out because the list is longer than <see cref="PrintEntries.Cap"/>.</summary>
    public bool IsCapped => Shown < Total;
}
