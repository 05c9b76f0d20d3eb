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
    /// Set once the mail server took the email (or refused the address, see <see cref="Bounced"/>).
    /// A request without it is sent (again) by whichever node claims it next.
    /// </summary>
    public DateTime? SentUtc { get; set; }

    /// <summary>Set once the mail server took the one reminder (or refused it).</summary>
    public DateTime? ReminderSentUtc { get; set; }

    /// <summary>
    /// When a node claimed the email now in flight (the request, or later the reminder); cleared
    /// when it is marked sent. A claim older than the lease is taken over by another node or the
    /// next start, so an email interrupted by a crash still goes out.
    /// </summary>
    public DateTime? SendClaimedUtc { get; set; }

    /// <summary>How often an email of this request was claimed; after too many failures the address counts as bounced.</summary>
    public int SendAttempts { get; set; }

    /// <summary>The mail server refused the address.</summary>
    public bool Bounced { get; set; }

    public List<ReviewRequestEntry> Entries { get; set; } = [];
}
