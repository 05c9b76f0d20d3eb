using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial;

/// <summary>Where the published entries stand in their review cycle, per type, and which ones need attention.</summary>
public sealed class ReviewOverview(ContentStore store, IOptions<WegweiserOptions> options, SiteContext site)
{
    public sealed record Row(ContentType Type, int Overdue, int DueSoon, int Current, int MissingContact);

    public sealed record Entry(string Key, ContentType Type, string Title, ReviewStatus Status, DateOnly? Due, DateOnly? LastReviewed, bool MissingContact)
    {
        public IReadOnlyList<string> Topics { get; init; } = [];
    }

    /// <summary>Review status counts of one topic (an entry with several topics counts in each).</summary>
    public sealed record TopicRow(string Topic, int Overdue, int DueSoon, int Current);

    /// <summary>The rows per topic of the last <see cref="BuildAsync"/>, in the topics' order.</summary>
    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task<(IReadOnlyList<Row> Rows, IReadOnlyList<Entry> Attention)> BuildAsync(CancellationToken ct)
    {
        var policy = options.Value.Review;
        var today = site.Today;
        var items = await store.WithPublishedVersion().ToListAsync(ct);
        var entries = items.Select(i =>
        {
            var v = i.Versions.Single();
            var created = DateOnly.FromDateTime(i.CreatedUtc);
            return new Entry(i.Key, i.Type, v.Translation(Cultures.Source)?.Title ?? i.Key,
                policy.StatusOf(i.Type, v.LastReviewedOn, created, today), policy.NextReviewDue(i.Type, v.LastReviewedOn, created),
                v.LastReviewedOn, v.NeedsReview) { Topics = v.Data.Topics.ToList() };
        }).Where(e => e.Status != ReviewStatus.NotApplicable || e.MissingContact).ToList();
        Topics = entries.Where(e => e.Status != ReviewStatus.NotApplicable)
            .SelectMany(e => e.Topics.Distinct().Select(topic => (topic, e.Status)))
            .GroupBy(x => x.topic)
            .Select(g => new TopicRow(g.Key, g.Count(x => x.Status == ReviewStatus.Overdue), g.Count(x => x.Status == ReviewStatus.DueSoon), g.Count(x => x.Status == ReviewStatus.Current)))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.DueSoon).ThenBy(r => r.Topic, StringComparer.Ordinal)
            .ToList();
        var rows = entries.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => new Row(g.Key,
            g.Count(e => e.Status == ReviewStatus.Overdue), g.Count(e => e.Status == ReviewStatus.DueSoon),
            g.Count(e => e.Status == ReviewStatus.Current), g.Count(e => e.MissingContact))).ToList();
        var attention = entries.Where(e => e.Status is ReviewStatus.Overdue or ReviewStatus.DueSoon || e.MissingContact)
            .OrderBy(e => e.Status == ReviewStatus.Overdue ? 0 : e.Status == ReviewStatus.DueSoon ? 1 : 2).ThenBy(e => e.Due).ThenBy(e => e.Title)
            .ToList();
        return (rows, attention);
    }
}
