using System.Xml.Linq;
using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>
/// How Wegweiser maps content to XLIFF 2.0 core: one <c>&lt;file&gt;</c> per content item (id = item
/// key, original = item type), one <c>&lt;unit&gt;</c> per translatable field (id = field name, plus
/// <c>slug</c>), and the German source version in a file-level note. Only core elements are
/// used, so any XLIFF 2.0 tool opens the files.
/// </summary>
public static class XliffFormat
{
    public static readonly XNamespace Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    public const string Version = "2.0";

    /// <summary>The category of the file-level note that records the German source version.</summary>
    public const string SourceVersionCategory = "wegweiser-source-version";

    public const string SlugUnit = "slug";

    /// <summary>The unit ids an item of <paramref name="type"/> may have: title, slug, then the other fields.</summary>
    public static IReadOnlyList<string> UnitsFor(ContentType type) =>
        [ContentFields.Title, SlugUnit, .. ContentFields.For(type).Where(f => f != ContentFields.Title)];

    /// <summary>The text of one unit in a translation, or null when the translation has none.</summary>
    public static string? Text(ContentTranslation translation, string unitId)
    {
        var text = unitId == SlugUnit ? translation.Slug : translation.Field(unitId);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Line breaks as XML reads them back, so texts compare equal across a round trip.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
