using Wegweiser.Core.Content;

namespace Wegweiser.Data.Registrations;

/// <summary>
/// A club or provider entered its entry through the public form ("Verein oder Angebot eintragen").
/// Until the email address is confirmed it holds the form; after confirmation the entry exists as a
/// version in review (<see cref="ItemId"/>) and waits for a publisher. The contact person's name and
/// address serve this process only: staff see them, and the row is deleted some time after a
/// decision or an unconfirmed link's expiry.
/// </summary>
public sealed class Registration
{
    public long Id { get; set; }

    public ContentType Type { get; set; }

    /// <summary>The visitor's language (emails get a second part in it).</summary>
    public required string Culture { get; set; }

    /// <summary>The form as JSON while the address is unconfirmed; empty afterwards (the entry holds it).</summary>
    public string Input { get; set; } = "";

    /// <summary>The entry's name as the visitor typed it, for the staff's list.</summary>
    public required string Title { get; set; }

    public required string ContactName { get; set; }

    public required string ContactEmail { get; set; }

    /// <summary>SHA-256 of the confirmation link's token (hex); the token itself is only in the email.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Until when the confirmation link works.</summary>
    public DateTime ExpiresUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    /// <summary>The entry made on confirmation.</summary>
    public Guid? ItemId { get; set; }

    public RegistrationState State { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The publisher's comment (sent back) or reason (rejected), as mailed to the contact.</summary>
    public string? Comment { get; set; }
}
