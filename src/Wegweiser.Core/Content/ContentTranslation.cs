namespace Wegweiser.Core.Content;

/// <summary>
/// The texts of one content version in one culture. <see cref="SourceVersion"/> records which
/// German text the translation was made from: for German itself, the version in which the text
/// last changed in substance; for other cultures, the German <see cref="SourceVersion"/> they
/// translate. A translation whose source version is older than German's is outdated.
/// </summary>
public sealed class ContentTranslation
{
    public long Id { get; set; }

    public long VersionId { get; set; }

    public required string Culture { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public Dictionary<string, string> Fields { get; set; } = [];

    public int SourceVersion { get; set; }

    /// <summary>Made by a machine translation provider and not yet checked by a person.</summary>
    public bool IsMachineTranslated { get; set; }

    public string? Field(string name) =>
        name == ContentFields.Title ? Title : Fields.GetValueOrDefault(name);

    public ContentTranslation Clone() => new()
    {
        Culture = Culture,
        Slug = Slug,
        Title = Title,
        Fields = new Dictionary<string, string>(Fields),
        SourceVersion = SourceVersion,
        IsMachineTranslated = IsMachineTranslated,
    };

    /// <summary>Whether the texts (not the slug) equal those of <paramref name="other"/>.</summary>
    public bool SameTextAs(IReadOnlyDictionary<string, string> fields, string title) =>
        Title == title && Fields.Count == fields.Count && Fields.All(f => fields.TryGetValue(f.Key, out var v) && v == f.Value);
}
