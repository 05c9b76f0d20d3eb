namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>How review-round emails are sent, bound from <c>Wegweiser:ReviewRounds</c>.</summary>
public sealed class ReviewRoundOptions
{
    /// <summary>
    /// How long a node's claim on one email lasts. An email whose claim is older (its node died or
    /// the mail server failed) is sent by the next node that looks: every running site looks this
    /// often, at most once a minute, and once at start-up. It must outlast sending one email.
    /// </summary>
    public int SendLeaseSeconds { get; set; } = 300;

    public TimeSpan SendLease => TimeSpan.FromSeconds(Math.Max(1, SendLeaseSeconds));
}
