namespace Wegweiser.Data.ReviewRounds;

/// <summary>One entry a <see cref="ReviewRequest"/> asks about, and the provider's answer.</summary>
public sealed class ReviewRequestEntry
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public required string ItemKey { get; set; }

    public ReviewAnswer Answer { get; set; }

    public DateTime? AnsweredUtc { get; set; }
}

/// <summary>What a provider said about an entry.</summary>
public enum ReviewAnswer
{
    None = 0,

    /// <summary>"Stimmt noch": recorded as reviewed today.</summary>
    Confirmed = 1,

    /// <summary>Changes sent: a draft waits for approval.</summary>
    Changed = 2,
}
