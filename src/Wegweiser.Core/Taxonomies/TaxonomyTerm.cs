namespace Wegweiser.Core.Taxonomies;

/// <summary>One term of a taxonomy (a topic, a town …) with its name per culture.</summary>
public sealed class TaxonomyTerm
{
    public int Id { get; set; }

    public required string Taxonomy { get; set; }

    public required string Key { get; set; }

    public int SortOrder { get; set; }

    public string? Icon { get; set; }

    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>
    /// The cultures whose name was machine-translated (or translated by the team without a native
    /// speaker's review) and not checked yet. Never German, the source.
    /// </summary>
    public List<string> MachineTranslated { get; set; } = [];

    /// <summary>Whether the name a visitor of <paramref name="culture"/> reads is an unchecked machine translation.</summary>
    public bool IsMachineTranslatedIn(string culture) =>
        culture != Content.Cultures.Source && Names.ContainsKey(culture) && MachineTranslated.Contains(culture);

    /// <summary>The name in <paramref name="culture"/>, else the German name.</summary>
    public string NameIn(string culture) =>
        Names.GetValueOrDefault(culture) ?? Names.GetValueOrDefault(Content.Cultures.Source) ?? Key;
}
