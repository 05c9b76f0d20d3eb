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

    /// <summary>The name in <paramref name="culture"/>, else the German name.</summary>
    public string NameIn(string culture) =>
        Names.GetValueOrDefault(culture) ?? Names.GetValueOrDefault(Content.Cultures.Source) ?? Key;
}
