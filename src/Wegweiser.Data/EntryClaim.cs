namespace Wegweiser.Data;

/// <summary>
/// Someone's claim that an entry is theirs ("Ist das Ihr Verein?"). It never changes the entry:
/// once confirmed through the entry's own address, or approved by staff, it gives the claimant a
/// provider account for the entry's organisation. Only staff see claims.
/// </summary>
public sealed class EntryClaim
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    /// <summary>The organisation whose entries the claimant will look after, when the entry names one.</summary>
    public string? OrganisationKey { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>The claimant's role in the organisation ("Vorsitzende", "Leitung der Beratungsstelle" …).</summary>
    public required string Role { get; set; }

    public string? Message { get; set; }

    public string? Culture { get; set; }

    public DateTime CreatedUtc { get; set; }

    public EntryClaimState State { get; set; }

    /// <summary>SHA-256 (hex) of the confirmation link's token; the token itself is only in the email.</summary>
    public string? TokenHash { get; set; }

    public DateTime? TokenExpiresUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>Who decided: a staff account's name, or "E-Mail-Bestätigung".</summary>
    public string? DecidedBy { get; set; }

    /// <summary>Why staff rejected the claim (mailed to the claimant).</summary>
    public string? Reason { get; set; }
}
