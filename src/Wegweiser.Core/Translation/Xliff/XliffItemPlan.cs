using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>What an import will write for one item, worked out before anything is changed.</summary>
internal sealed class XliffItemPlan(ContentItem item, XliffFile file)
{
    public ContentItem Item { get; } = item;

    public XliffFile File { get; } = file;

    /// <summary>The German source version the new texts are based on; lower than German's when sources changed.</summary>
    public int SourceVersion { get; set; }

    public string? Title { get; set; }

    public string? Slug { get; set; }

    /// <summary>Whether the slug must be made from the title (a new translation without a proposed slug).</summary>
    public bool DeriveSlug { get; set; }

    /// <summary>Whether a slug proposed in the file differs from the current one and must be checked for clashes.</summary>
    public bool CheckSlug { get; set; }

    public Dictionary<string, string> Fields { get; } = [];

    public List<XliffUnitResult> Units { get; } = [];

    public bool WritesAnything => Units.Any(u => u.Outcome is XliffUnitOutcome.Added or XliffUnitOutcome.Changed);
}
