using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;

namespace Wegweiser.Data.Stores;

/// <summary>
/// Reads and writes content items. Everything public goes through the <c>Published…</c> methods,
/// which only ever load the published version of an item, so drafts cannot leak by accident.
/// </summary>
public sealed class ContentStore(WegweiserDbContext db)
{
    /// <summary>All items of <paramref name="type"/> that have a published version.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedAsync(ContentType type, CancellationToken ct = default)
    {
        var items = await PublishedQuery().Where(i => i.Type == type).ToListAsync(ct);
        return Live(items);
    }

    /// <summary>The published items with the given keys (for references such as the responsible organisation).</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var items = await PublishedQuery().Where(i => keys.Contains(i.Key)).ToListAsync(ct);
        return Live(items);
    }

    /// <summary>
    /// Compact entries of the published snapshot (<see cref="PublishedSnapshot.Compact(PublishedEntry)"/>,
    /// which keeps no summaries) with the summary of every translation, read for just these
    /// entries: the cards of one list page, the newest entries of the feed, a page of the API.
    /// Entries whose type keeps its summaries in the snapshot come back as they are.
    /// </summary>
    public async Task<IReadOnlyList<PublishedEntry>> WithSummariesAsync(IReadOnlyList<PublishedEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var versionIds = entries.Where(e => !PublishedSnapshot.KeepsSummaries(e.Type)).Select(e => e.Version.Id).Distinct().ToList();
        if (versionIds.Count == 0)
        {
            return entries;
        }

        var rows = await db.ContentTranslations.AsNoTracking()
            .Where(t => versionIds.Contains(t.VersionId))
            .Select(t => new { t.VersionId, t.Culture, t.Fields })
            .ToListAsync(ct);
        var summaries = rows.ToDictionary(r => (r.VersionId, r.Culture), r => r.Fields.GetValueOrDefault(ContentFields.Summary));
        return entries
            .Select(e => PublishedSnapshot.KeepsSummaries(e.Type) ? e
                : PublishedSnapshot.WithSummaries(e, culture => summaries.GetValueOrDefault((e.Version.Id, culture))))
            .ToList();
    }

    /// <summary>The published state of the items with these ids (an id without a published version is left out).</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedByIdsAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken ct = default)
    {
        if (itemIds.Count == 0)
        {
            return [];
        }

        var items = await PublishedQuery().Where(i => itemIds.Contains(i.Id)).ToListAsync(ct);
        return Live(items);
    }

    /// <summary>
    /// The published item of <paramref name="type"/> whose slug in <paramref name="culture"/> is
    /// <paramref name="slug"/>, or null. Slugs of drafts never match.
    /// </summary>
    public async Task<PublishedEntry?> PublishedBySlugAsync(ContentType type, string culture, string slug, CancellationToken ct = default)
    {
        var itemIds = from t in db.ContentTranslations
                      where t.Culture == culture && t.Slug == slug
                      join v in db.ContentVersions on t.VersionId equals v.Id
                      where v.IsPublished
                      select v.ItemId;
        var item = await PublishedQuery().Where(i => i.Type == type && itemIds.Contains(i.Id)).FirstOrDefaultAsync(ct);
        return item is null ? null : Live([item]).FirstOrDefault();
    }

    /// <summary>
    /// When each of the given items was first published, over all its versions (the live one and
    /// earlier ones). Only dates are read, never texts, so nothing unpublished can leak through it.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, DateTime>> FirstPublishedUtcAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken ct = default)
    {
        if (itemIds.Count == 0)
        {
            return new Dictionary<Guid, DateTime>();
        }

        var dates = await db.ContentVersions.AsNoTracking()
            .Where(v => itemIds.Contains(v.ItemId) && v.PublishedUtc != null)
            .Select(v => new { v.ItemId, Published = v.PublishedUtc!.Value })
            .ToListAsync(ct);
        return dates.GroupBy(d => d.ItemId).ToDictionary(g => g.Key, g => g.Min(d => d.Published));
    }

    /// <summary>An item with all its versions and their translations, tracked for changes; for editing.</summary>
    public Task<ContentItem?> FindByKeyAsync(string key, CancellationToken ct = default) =>
        WithVersionsAndTranslations().FirstOrDefaultAsync(i => i.Key == key, ct);

    /// <summary>An item with all its versions and their translations, tracked for changes; for editing.</summary>
    public Task<ContentItem?> FindByIdAsync(Guid id, CancellationToken ct = default) =>
        WithVersionsAndTranslations().FirstOrDefaultAsync(i => i.Id == id, ct);

    /// <summary>An item with all its versions and their translations, not tracked; for staff pages that only show it.</summary>
    public Task<ContentItem?> ReadByKeyAsync(string key, CancellationToken ct = default) =>
        WithVersionsAndTranslations().AsNoTracking().FirstOrDefaultAsync(i => i.Key == key, ct);

    /// <summary>
    /// All items with all their versions and translations, tracked, for lists the caller filters
    /// further (add <c>AsNoTracking()</c> to only show them). Every read of whole entries for the
    /// editor area starts here, so they all load the same graph the same way.
    /// </summary>
    public IQueryable<ContentItem> WithVersionsAndTranslations() =>
        db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery();

    /// <summary>
    /// Items that have a published version, with only that version and its translations, not
    /// tracked; for staff overviews that filter further (review status, review rounds).
    /// </summary>
    public IQueryable<ContentItem> WithPublishedVersion() => PublishedQuery();

    /// <summary>The keys of the items with these ids, published or not.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken ct = default) =>
        await db.ContentItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => i.Key).ToListAsync(ct);

    public void Add(ContentItem item) => db.ContentItems.Add(item);

    public Task SaveAsync(CancellationToken ct = default) => db.SaveChangesAsync(ct);

    /// <summary>
    /// The items with their published version. The query is split (items, then versions): an item
    /// archived between the two parts comes without a version and is left out, as it is no longer live.
    /// </summary>
    private static List<PublishedEntry> Live(IEnumerable<ContentItem> items) =>
        items.Where(i => i.Versions.Count == 1).Select(i => new PublishedEntry(i, i.Versions[0])).ToList();

    private IQueryable<ContentItem> PublishedQuery() =>
        db.ContentItems.AsNoTracking()
            .Where(i => i.Versions.Any(v => v.IsPublished))
            .Include(i => i.Versions.Where(v => v.IsPublished)).ThenInclude(v => v.Translations)
            .AsSplitQuery();
}
