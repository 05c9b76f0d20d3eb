using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Wegweiser.Data.Stores;
using Wegweiser.Search.Indexing;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Feeds;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Offline.Saving;

/// <summary>
/// Builds a culture's <see cref="OfflineBundle"/> from the published snapshot, once per content
/// change: the search documents (the same public projection the server's search indexes) give the
/// index and the text sizes, the published entries the package's pages.
/// </summary>
public sealed class OfflineBundleBuilder(
    DirectoryQueries directory, ContentStore content, SiteContext site, OfflineBundleCache cache, ServiceWorkerScript script, IStringLocalizer<SharedResource> t)
{
    public async Task<OfflineBundle> ForAsync(string culture, CancellationToken ct = default)
    {
        var snapshot = await directory.SnapshotAsync(ct);
        var cacheName = script.SavedCache(culture);
        return await cache.GetAsync(culture, snapshot.Version, site.Today, cacheName, () => BuildAsync(culture, snapshot, cacheName, ct));
    }

    private async Task<OfflineBundle> BuildAsync(string culture, PublishedSnapshot snapshot, string cacheName, CancellationToken ct)
    {
        var entries = await new FeedQueries(directory, content, site).CurrentAsync(ct);
        var published = await content.PublishedByIdsAsync(entries.Select(e => e.Entry.Item.Id).ToList(), ct);
        var index = new List<OfflineSearchEntry>();
        var textBytes = new Dictionary<Guid, int>();
        foreach (var entry in published)
        {
            var section = DirectorySection.For(entry.Item.Type);
            var document = SearchDocuments.From(entry.Item, entry.Version, culture, site.Today, (type, slug) => DirectorySection.For(type).DetailUrl(culture, slug));
            if (document is null)
            {
                continue;
            }

            // Text compresses to about a third; the estimate only has to tell the visitor "about 1 MB".
            textBytes[entry.Item.Id] = Encoding.UTF8.GetByteCount($"{document.Title}{document.Summary}{document.Body}") / 3;
            index.Add(OfflineSearchIndex.Entry(entry.Item.Key, document, entry.Version.Data.Needs, t[section.NameKey].Value));
        }

        var searchIndex = OfflineSearchIndex.Write(culture, index.OrderBy(e => e.Title, StringComparer.Create(site.CultureInfo, true)));
        var pages = OfflinePackage.Pages(culture, entries, snapshot.Terms, textBytes);
        var package = WritePackage(culture, cacheName, pages, searchIndex);
        return new OfflineBundle(culture, snapshot.Version, site.Today, cacheName, package, searchIndex);
    }

    private static byte[] WritePackage(string culture, string cacheName, IReadOnlyList<(string Url, int Bytes)> pages, byte[] searchIndex)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, OfflineSearchIndex.Json))
        {
            json.WriteStartObject();
            json.WriteString("culture", culture);
            json.WriteString("cache", cacheName);
            json.WriteNumber("bytes", pages.Sum(p => (long)p.Bytes) + GzipLength(searchIndex));
            json.WriteStartArray("urls");
            foreach (var (url, _) in pages)
            {
                json.WriteStringValue(url);
            }

            json.WriteStringValue(OfflineFeature.SearchIndexUrl(culture));
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static long GzipLength(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.Length;
    }
}
