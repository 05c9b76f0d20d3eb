using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Data.Stores;

namespace Wegweiser.Data.Translation;

/// <summary>
/// Makes XLIFF 2.0 documents for translation agencies from published versions only (read through
/// <see cref="ContentStore"/>'s published queries, so drafts are never even loaded).
/// </summary>
public sealed class XliffExportService(WegweiserDbContext db, ContentStore store)
{
    /// <summary>
    /// The document for <paramref name="culture"/> (one of <paramref name="siteCultures"/>, not
    /// German) with the given items, or with every published item whose translation is missing or
    /// outdated when <paramref name="keys"/> is null. Null when there is nothing to export. An
    /// unknown culture, unknown or unpublished keys throw an <see cref="XliffException"/>.
    /// </summary>
    public async Task<XliffExport?> ExportAsync(
        string culture, IReadOnlyList<string> siteCultures, IReadOnlyCollection<string>? keys, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(siteCultures);
        if (XliffCultures.Problem(culture, siteCultures) is { } problem)
        {
            throw new XliffException(problem);
        }

        culture = XliffCultures.SiteCulture(culture, siteCultures)!;
        var items = keys is null ? await NeedingTranslationAsync(culture, ct) : await PublishedAsync(keys, ct);
        if (items.Count == 0)
        {
            return null;
        }

        var document = XliffWriter.Write(culture, items);
        return new XliffExport(culture, document, items.Count, XliffWriter.UnitCount(document));
    }

    private async Task<IReadOnlyList<ContentItem>> PublishedAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var entries = await store.PublishedByKeysAsync(keys, ct);
        var published = entries.Select(e => e.Key).ToHashSet();
        var missing = keys.Where(k => !published.Contains(k)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var known = (await db.ContentItems.Where(i => missing.Contains(i.Key)).Select(i => i.Key).ToListAsync(ct)).ToHashSet();
            throw new XliffException(missing
                .Select(k => known.Contains(k)
                    ? $"Der Eintrag '{k}' ist nicht veröffentlicht; übersetzt werden nur veröffentlichte Texte."
                    : $"Unbekannter Eintrag: '{k}'.")
                .ToList());
        }

        // In the order asked for, each once.
        var byKey = entries.ToDictionary(e => e.Key, e => e.Item);
        return keys.Distinct().Select(k => byKey[k]).ToList();
    }

    private async Task<IReadOnlyList<ContentItem>> NeedingTranslationAsync(string culture, CancellationToken ct)
    {
        var items = new List<ContentItem>();
        foreach (var type in Enum.GetValues<ContentType>())
        {
            var entries = await store.PublishedAsync(type, ct);
            items.AddRange(entries.Select(e => e.Item).Where(i => XliffSelection.NeedsTranslation(i, culture)).OrderBy(i => i.Key, StringComparer.Ordinal));
        }

        return items;
    }
}
