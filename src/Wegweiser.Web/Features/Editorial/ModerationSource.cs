using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Web.Features.Editorial;

/// <summary>
/// One kind of thing that waits for a publisher's decision in the moderation queue
/// (<c>/admin/moderation</c>): registrations from the public form, and later claims and providers'
/// drafts. Each feature registers its source (usually one query through <see cref="ModerationSummary.OfAsync"/>); the dashboard counts them all, the queue page shows
/// one section per source.
/// </summary>
public interface IModerationSource
{
    /// <summary>How many wait, and since when the oldest waits.</summary>
    Task<ModerationSummary> SummaryAsync(CancellationToken ct);
}

/// <summary>
/// What waits of one kind: its German name (resource key), the count, the oldest's arrival, and the
/// page where it is decided (null: its section on the moderation queue).
/// </summary>
public sealed record ModerationSummary(string LabelKey, int Count, DateTime? OldestUtc, string? Url = null)
{
    /// <summary>
    /// The summary every source gives the same way: how many rows of <paramref name="open"/> wait, and
    /// the earliest <paramref name="since"/> among them (asked only when something waits).
    /// </summary>
    public static async Task<ModerationSummary> OfAsync<T>(
        string labelKey, IQueryable<T> open, Expression<Func<T, DateTime?>> since, CancellationToken ct, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        var count = await open.CountAsync(ct);
        var oldest = count == 0 ? null : await open.OrderBy(since).Select(since).FirstOrDefaultAsync(ct);
        return new ModerationSummary(labelKey, count, oldest, url);
    }
}
