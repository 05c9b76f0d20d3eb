namespace Wegweiser.Data.ReviewRounds;

/// <summary>
/// The request to one contact address in a <see cref="ReviewRound"/>: the entries it may answer
/// for and the state of its email. The personal link carries this request's id, protected by the
/// site's data-protection keys, so no token is stored and a reminder can repeat the same link.
/// </summary>
public sealed class ReviewRequest
{
    public long Id { get; set; }

    public long RoundId { get; set; }

    public ReviewRound? Round { get; set; }

    /// <summary>The organisation whose address this is, when the entries belong to one.</summary>
    public string? OrganisationKey { get; set; }

    public required string Email { get; set; }

    /// <summary>The second language of the email, when the provider's language is known.</summary>
    public string? Culture { get; set; }

    /// <summary>
    /// Set (and saved) before the email goes out, so a request is never sent twice, not even after
    /// a crash in the middle of sending.
    /// </summary>
    public DateTime? SentUtc { get; set; }

    public DateTime? ReminderSentUtc { get; set; }

    /// <summary>The mail server refused the address.</summary>
    public bool Bounced { get; set; }

    public List<ReviewRequestEntry> Entries { get; set; } = [];
}
