using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>What an import needs to know about the site, loaded by the caller (no database here).</summary>
public sealed class XliffImportSite
{
    /// <summary>The site's cultures, German first.</summary>
    public required IReadOnlyList<string> Cultures { get; init; }

    /// <summary>The items the file names, by key, with all their versions and translations (tracked for saving).</summary>
    public required IReadOnlyDictionary<string, ContentItem> Items { get; init; }

    /// <summary>The slugs in use in the target culture, over all versions of all items; slugs are unique per type.</summary>
    public IReadOnlyCollection<SlugUse> Slugs { get; init; } = [];
}

/// <summary>One slug of one item in the target culture.</summary>
public sealed record SlugUse(ContentType Type, string Slug, string ItemKey);
