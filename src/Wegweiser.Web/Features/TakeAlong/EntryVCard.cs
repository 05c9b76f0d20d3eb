using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.TakeAlong;

/// <summary>
/// The contact file of an entry: its public contact data only, with the German names as they
/// stand on the door and in letters. Never anything from a volunteer initiative (see <see cref="TakeAlongRules"/>).
/// </summary>
public static class EntryVCard
{
    public static string Write(EntryDetail detail, Uri pageUrl, Uri vcardUrl)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (!TakeAlongRules.OffersVCard(detail))
        {
            throw new InvalidOperationException($"{detail.Entry.Type} {detail.Entry.Key} offers no contact file.");
        }

        var version = detail.Entry.Version;
        var german = GermanText(version);
        var organisation = detail.Entry.Type == ContentType.Organisation
            ? german.Title
            : detail.Organisation is { } org ? GermanText(org.Version).Title : null;

        var card = new VCardBuilder()
            .Text("PRODID", "-//Wegweiser//Wegweiser//DE")
            .Uri("UID", new Uri($"urn:uuid:{detail.Entry.Item.Id}"))
            .Text("KIND", "org")
            .Text("FN", german.Title)
            .Structured("ORG", [organisation]);

        var contact = detail.Contacts();
        if (TelephoneUri.From(contact.Phone) is { } tel)
        {
            card.Uri("TEL", new Uri(tel), "VALUE=uri");
        }
        else
        {
            card.Text("TEL", contact.Phone);
        }

        card.Text("EMAIL", contact.Email);
        if (contact.Website is { } website)
        {
            card.Uri("URL", new Uri(website));
        }

        card.Uri("URL", pageUrl);
        foreach (var address in contact.Addresses)
        {
            var town = address.Town is null ? null : detail.TermNames("town", [address.Town], Cultures.Source)[0];
            var label = string.Join('\n', new[] { address.Name, address.Street, $"{address.PostalCode} {town}".Trim() }
                .Where(l => !string.IsNullOrWhiteSpace(l)));
            card.Structured("ADR", ["", "", address.Street, town, "", address.PostalCode, ""], $"LABEL={VCardBuilder.QuotedParameter(label)}");
        }

        card.Text("NOTE", german.Field(ContentFields.Summary))
            .Uri("SOURCE", vcardUrl)
            .Text("REV", (version.PublishedUtc ?? version.ModifiedUtc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        return card.Build();
    }

    private static ContentTranslation GermanText(ContentVersion version) =>
        version.Translation(Cultures.Source) ?? throw new InvalidOperationException("Published version without German text.");
}
