namespace Wegweiser.Web.Features.Editorial;

/// <summary>
/// One kind of thing that waits for a publisher's decision in the moderation queue
/// (<c>/admin/moderation</c>): registrations from the public form, and later claims and providers'
/// drafts. Each feature registers its source; the dashboard counts them all, the queue page shows
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
public sealed record ModerationSummary(string LabelKey, int Count, DateTime? OldestUtc, string? Url = null);
