namespace Wegweiser.Data.ReviewRounds;

/// <summary>
/// A round in which the publisher asks providers to check their entries ("Prüfrunde"): one
/// <see cref="ReviewRequest"/> per contact address, each with a personal link that expires.
/// </summary>
public sealed class ReviewRound
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>When the personal links stop working.</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>After how many days without any answer the one reminder goes out.</summary>
    public int ReminderAfterDays { get; set; }

    /// <summary>The site's address when sending started, so reminders carry the same links.</summary>
    public string? LinkBaseUrl { get; set; }

    /// <summary>When the publisher started sending; null while the round is only prepared.</summary>
    public DateTime? SendingStartedUtc { get; set; }

    public List<ReviewRequest> Requests { get; set; } = [];
}
