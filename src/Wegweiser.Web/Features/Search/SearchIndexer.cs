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
    public async Task<int> RebuildAsync(CancellationToken ct = default)
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
        var count = 0;
        // One culture per core: each index has its own writer.
        Parallel.ForEach(options.Value.SiteCultures, new ParallelOptions { CancellationToken = ct }, culture =>
        {
            var documents = entries
                .Select(e => SearchDocuments.From(e.Item, e.Version, culture, today, (type, slug) => DirectorySection.For(type).DetailUrl(culture, slug)))
                .OfType<SearchDocument>()
                .Select(d => d.Towns.Contains(DirectoryFilter.CountyWideTown) ? d with { Towns = d.Towns.Union(towns).ToList() } : d)
                .ToList();
            indexes.Rebuild(culture, documents);
            Interlocked.Add(ref count, documents.Count);
        });

        return count;
    }
}
