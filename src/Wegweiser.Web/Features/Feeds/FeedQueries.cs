using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>
/// The read side of the sitemap and the feed. Like <see cref="DirectoryQueries"/> it only sees
/// published versions (the published-content snapshot) and leaves out courses and events that
/// have ended, so both list exactly the detail pages that answer.
/// </summary>
public sealed class FeedQueries(DirectoryQueries directory, ContentStore content, SiteContext site)
{
    /// <summary>Every published entry whose detail page answers, except the home page text.</summary>
    public async Task<IReadOnlyList<FeedEntry>> CurrentAsync(CancellationToken ct = default)
    {
        var snapshot = await directory.SnapshotAsync(ct);
        var entries = new List<FeedEntry>();
        foreach (var section in DirectorySection.All)
        {
            entries.AddRange(snapshot.OfType(section.Type)
                .Where(e => !ReviewPolicy.HasEnded(e.Version.EndsOn, site.Today) && e.Key != DirectoryQueries.HomePageKey)
                .Select(e => new FeedEntry(e, section, LastChangedUtc(e.Version))));
        }

        return entries;
    }

    /// <summary>When the home page text last changed, or null when there is none.</summary>
    public async Task<DateTime?> HomePageChangedUtcAsync(CancellationToken ct = default) =>
        (await directory.SnapshotAsync(ct)).ByKey(DirectoryQueries.HomePageKey) is { Type: ContentType.Page } home
            ? LastChangedUtc(home.Version)
            : null;

    /// <summary>When each entry was first published (an update keeps its first date).</summary>
    public Task<IReadOnlyDictionary<Guid, DateTime>> FirstPublishedUtcAsync(IEnumerable<FeedEntry> entries, CancellationToken ct = default) =>
        content.FirstPublishedUtcAsync(entries.Select(e => e.Entry.Item.Id).ToList(), ct);

    private static DateTime LastChangedUtc(ContentVersion version) =>
        version.PublishedUtc is { } published && published > version.ModifiedUtc ? published : version.ModifiedUtc;
}
