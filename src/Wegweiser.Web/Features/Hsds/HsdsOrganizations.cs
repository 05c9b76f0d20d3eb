using System.Text.Json.Nodes;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>Organisation entries as HSDS organizations, with their public contacts and addresses.</summary>
public static class HsdsOrganizations
{
    /// <summary>The one-to-one fields (<c>compiled/organization_list.json</c>).</summary>
    public static JsonObject Listed(HsdsContext c, PublishedEntry entry, HsdsText text)
    {
        var contact = PublicContact.For(entry.Type, entry.Version.Data);
        var name = text.Get(ContentFields.Title, "name")!;
        var description = string.Join("\n\n", new[] { text.Get(ContentFields.Summary, "description"), text.Get(ContentFields.Body, "description") }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        var json = new JsonObject
        {
            ["id"] = HsdsIds.Organization(entry.Key),
            ["name"] = name,
            // HSDS requires a description; an organisation without a summary is described by its name.
            ["description"] = description.Length > 0 ? description : name,
        };
        json.Put("email", contact.Email);
        json.Put("website", contact.Website);
        json["uri"] = c.DetailUrl(entry, text);
        json["x_translations"] = text.Extension();
        return json;
    }

    /// <summary>
    /// The full organization with phones, locations, attributes and its services: ids and names,
    /// or with <paramref name="fullServices"/> the full services (<paramref name="services"/> must then hold their full texts).
    /// </summary>
    public static JsonObject Full(HsdsContext c, PublishedEntry entry, HsdsText text, IReadOnlyList<PublishedEntry> services, bool fullServices)
    {
        var json = Listed(c, entry, text);
        var id = HsdsIds.Organization(entry.Key);
        var contact = PublicContact.For(entry.Type, entry.Version.Data);
        json["phones"] = contact.Phone is { } phone
            ? new JsonArray(new JsonObject { ["id"] = HsdsIds.Part("phone", entry.Key, "organization"), ["organization_id"] = id, ["number"] = phone })
            : new JsonArray();
        json["locations"] = HsdsLocations.PublicAddresses(entry).Select((_, i) => (JsonNode)HsdsLocations.Location(c, entry, i, text)).ToJsonArray();
        json["contacts"] = new JsonArray();
        json["attributes"] = HsdsTaxonomies.Attributes(c, entry, id, "organization");
        json["services"] = services.Select(s =>
        {
            var serviceText = new HsdsText(s.Version, c.Culture);
            return (JsonNode)(fullServices ? HsdsServices.Full(c, s, serviceText) : HsdsServices.Listed(c, s, serviceText, minimal: true));
        }).ToJsonArray();
        json["x_translations"] = text.Extension();
        return json;
    }

    /// <summary>The current services whose responsible organisation is <paramref name="organisation"/>.</summary>
    public static IEnumerable<PublishedEntry> ServicesOf(HsdsContext c, PublishedEntry organisation) =>
        c.CurrentServices().Where(s => s.Version.Data.Organisation == organisation.Key);
}
