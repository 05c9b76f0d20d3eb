using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;
using Wegweiser.Search.Indexing;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// Rebuilds the index of every site culture from the published entries in the database, in full
/// or (at start-up) only where the index on disk no longer holds exactly those entries, and
/// updates single entries after a save. The index always equals what the public pages show.
/// </summary>
public sealed class SearchIndexer(ContentStore store, TaxonomyStore taxonomies, SearchIndexes indexes, IOptions<WegweiserOptions> options, SiteClock clock)
{
    /// <summary>Rebuilds every culture's index; <paramref name="progress"/> hears (documents written, documents in all).</summary>
    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var documents = await AllDocumentsAsync(ct);
        var total = documents.Values.Sum(d => d.Count);
        var done = 0;
        progress?.Report((0, total));
        // One culture per core: each index has its own writer.
        Parallel.ForEach(options.Value.SiteCultures, new ParallelOptions { CancellationToken = ct }, culture =>
            indexes.Rebuild(culture, Counted(documents[culture])));
        progress?.Report((total, total));
        return total;

        IEnumerable<SearchDocument> Counted(IEnumerable<SearchDocument> source)
        {
            foreach (var document in source)
            {
                yield return document;
                if (Interlocked.Increment(ref done) % 25 == 0)
                {
                    progress?.Report((done, total));
                }
            }
        }
    }

    /// <summary>
    /// Brings every culture's index to the published entries in the database, rebuilding only the
    /// indexes that do not already hold exactly those documents (<see cref="SearchIndexes.Holds"/>).
    /// At start-up this keeps the index of the last run when nothing changed in between.
    /// </summary>
    /// <returns>The documents in all, and the cultures whose index was rebuilt.</returns>
    public async Task<(int Documents, IReadOnlyList<string> Rebuilt)> RebuildChangedAsync(CancellationToken ct = default)
    {
        var (entries, towns, today) = await AllEntriesAsync(ct);
        var total = 0;
        // One culture at a time: the check is quick, and the site's first requests (which load
        // the published snapshot) keep the other core. Only the documents of indexes that must be
        // rebuilt are kept, and those are rebuilt one culture per core.
        var stale = new Dictionary<string, List<SearchDocument>>(StringComparer.Ordinal);
        foreach (var culture in options.Value.SiteCultures)
        {
            ct.ThrowIfCancellationRequested();
            var documents = Documents(entries, culture, today, towns, options.Value.County.WideTown);
            total += documents.Count;
            if (!indexes.Holds(culture, documents))
            {
                stale[culture] = documents;
            }
        }

        Parallel.ForEach(stale, new ParallelOptions { CancellationToken = ct }, pair => indexes.Rebuild(pair.Key, pair.Value));
        return (total, stale.Keys.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The documents of every published entry, per site culture.</summary>
    private async Task<Dictionary<string, List<SearchDocument>>> AllDocumentsAsync(CancellationToken ct)
    {
        var (entries, towns, today) = await AllEntriesAsync(ct);
        return options.Value.SiteCultures.ToDictionary(c => c, culture => Documents(entries, culture, today, towns, options.Value.County.WideTown));
    }

    /// <summary>Every published entry, the town keys and today.</summary>
    private async Task<(List<PublishedEntry> Entries, IReadOnlyList<string> Towns, DateOnly Today)> AllEntriesAsync(CancellationToken ct)
    {
        var entries = new List<PublishedEntry>();
        foreach (var type in Enum.GetValues<ContentType>())
        {
            entries.AddRange(await store.PublishedAsync(type, ct));
        }

        var (towns, today) = await ContextAsync(ct);
        return (entries, towns, today);
    }

    /// <summary>
    /// Updates only the given items in every culture's index: their old documents leave, the
    /// current published ones come in. Returns false when an item is unknown or an index had to be
    /// opened afresh (then rebuild all).
    /// </summary>
    public async Task<bool> UpdateAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        if (itemIds.Count == 0)
        {
            return true;
        }

        var keys = await store.KeysAsync(itemIds, ct);
        if (keys.Count != itemIds.Count)
        {
            return false;
        }

        var entries = await store.PublishedByKeysAsync(keys, ct);
        var (towns, today) = await ContextAsync(ct);
        var complete = true;
        foreach (var culture in options.Value.SiteCultures)
        {
            // False: that culture's index was broken on disk and starts afresh, so rebuild all.
            complete &= indexes.Update(culture, keys, Documents(entries, culture, today, towns, options.Value.County.WideTown));
        }

        return complete;
    }

    /// <summary>The town keys (for entries of the whole county) and today in the site's time zone.</summary>
    private async Task<(IReadOnlyList<string> Towns, DateOnly Today)> ContextAsync(CancellationToken ct)
    {
        var towns = (await taxonomies.TermsAsync(Taxonomy.Town, ct)).Select(t => t.Key).ToList();
        return (towns, clock.Today);
    }

    /// <summary>
    /// The documents of published entries in one culture. An entry for the whole county serves
    /// every town, as in the lists' town filter: it is indexed under every town, so the town facet
    /// counts what the town filter then shows.
    /// </summary>
    private static List<SearchDocument> Documents(
        IEnumerable<PublishedEntry> entries, string culture, DateOnly today, IReadOnlyList<string> towns, string countyWideTown) => entries
        .Select(e => SearchDocuments.From(e.Item, e.Version, culture, today, (type, slug) => DirectorySection.For(type).DetailUrl(culture, slug)))
        .OfType<SearchDocument>()
        .Select(d => countyWideTown.Length > 0 && d.Towns.Contains(countyWideTown) ? d with { Towns = d.Towns.Union(towns).ToList() } : d)
        .ToList();
}
