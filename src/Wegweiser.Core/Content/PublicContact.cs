namespace Wegweiser.Core.Content;

/// <summary>
/// What an output may show of an entry's contacts and addresses: the one decision for the detail
/// page, the printable card, the contact and calendar files and the schema.org data. A volunteer
/// initiative shows no phone, email, website or address to the public (visitors reach it through a
/// contact request that staff pass on); its internal contact is only for signed-in volunteers and
/// staff. Values that could not be shown safely (an email address with extra mail headers, a
/// website that is not http or https) are left out.
/// </summary>
public sealed class PublicContact
{
    private PublicContact(string? phone, string? email, string? website, IReadOnlyList<Address> addresses, InternalContact? internalContact, bool byRequestOnly)
    {
        Phone = phone;
        Email = email;
        Website = website;
        Addresses = addresses;
        Internal = internalContact;
        ByRequestOnly = byRequestOnly;
    }

    public string? Phone { get; }

    public string? Email { get; }

    /// <summary>An absolute http or https address.</summary>
    public string? Website { get; }

    public IReadOnlyList<Address> Addresses { get; }

    /// <summary>The internal contact of a volunteer initiative, only for a viewer who may see it.</summary>
    public InternalContact? Internal { get; }

    /// <summary>Visitors reach this entry through a contact request, not directly (volunteer initiatives).</summary>
    public bool ByRequestOnly { get; }

    /// <summary>The <c>mailto:</c> link of <see cref="Email"/>, encoded (see <see cref="EmailAddress.Mailto"/>).</summary>
    public string? EmailLink => EmailAddress.Mailto(Email);

    /// <summary>Whether there is a phone number, email, website or street address to show.</summary>
    public bool HasAny =>
        Phone is not null || Email is not null || Website is not null || Addresses.Any(a => !string.IsNullOrWhiteSpace(a.Street));

    /// <summary>
    /// The contacts of an entry of <paramref name="type"/> with <paramref name="data"/> for an
    /// anonymous visitor, or (with <paramref name="seesInternalContacts"/>) for a signed-in
    /// volunteer or staff member.
    /// </summary>
    public static PublicContact For(ContentType type, ContentData data, bool seesInternalContacts = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (type == ContentType.VolunteerInitiative)
        {
            var internalContact = seesInternalContacts ? data.Volunteer?.InternalContact : null;
            return new PublicContact(null, null, null, [], internalContact, byRequestOnly: true);
        }

        var contact = data.Contact;
        return new PublicContact(
            Clean(contact?.Phone),
            EmailAddress.IsValid(contact?.Email) ? contact!.Email!.Trim() : null,
            Uri.TryCreate(contact?.Website?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? contact!.Website!.Trim() : null,
            data.Addresses,
            null,
            byRequestOnly: false);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
