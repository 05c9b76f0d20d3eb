using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>Which items an export of "everything missing or outdated" takes for one culture.</summary>
public static class XliffSelection
{
    /// <summary>
    /// Whether the published version of <paramref name="item"/> lacks a current translation into
    /// <paramref name="culture"/> (missing or outdated). Items without a published version are
    /// never exported.
    /// </summary>
    public static bool NeedsTranslation(ContentItem item, string culture)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Published?.TranslationStatus(culture) is TranslationStatus.Missing or TranslationStatus.Outdated;
    }
}
