using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;
using Wegweiser.Search.Indexing;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// Rebuilds the index of every site culture from the published entries in the database. A
/// directory has hundreds of entries, so a full rebuild takes a fraction of a second and keeps
/// the index simple: it always equals what the public pages show.
/// </summary>
public sealed class SearchIndexer(ContentStore store, TaxonomyStore taxonomies, SearchIndexes indexes, IOptions<WegweiserOptions> options, TimeProvider time)
{
    /// <summary>Rebuilds every culture's index; <paramref name="progress"/> hears (documents written, documents in all).</summary>
    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var entries = new List<PublishedEntry>();
        foreach (var type in Enum.GetValues<ContentType>())
        {
            entries.AddRange(await store.PublishedAsync(type, ct));
        }

        // An entry for the whole county serves every town, as in the lists' town filter: it is
        // indexed under every town, so the town facet counts what the town filter then shows.
        var towns = (await taxonomies.TermsAsync(Taxonomy.Town, ct)).Select(t => t.Key).ToList();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var documents = options.Value.SiteCultures.ToDictionary(c => c, culture => entries
            .Select(e => SearchDocuments.From(e.Item, e.Version, culture, today, (type, slug) => DirectorySection.For(type).DetailUrl(culture, slug)))
            .OfType<SearchDocument>()
            .Select(d => d.Towns.Contains(DirectoryFilter.CountyWideTown) ? d with { Towns = d.Towns.Union(towns).ToList() } : d)
            .ToList());
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
}
