using System.Text.Json.Nodes;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// Services, courses, clubs and volunteer initiatives as HSDS services: the one-to-one fields for
/// lists, everything (phones, schedules, towns as service areas, languages, costs, locations,
/// taxonomy terms) for the full form. Contacts are only the public ones (<see cref="PublicContact"/>).
/// </summary>
public static class HsdsServices
{
    /// <summary>The one-to-one fields (<c>compiled/service_list.json</c>); <paramref name="minimal"/> keeps only id, name, status and dates.</summary>
    public static JsonObject Listed(HsdsContext c, PublishedEntry entry, HsdsText text, bool minimal = false)
    {
        var data = entry.Version.Data;
        var contact = PublicContact.For(entry.Type, data);
        var json = new JsonObject { ["id"] = HsdsIds.Service(entry.Key) };
        json["organization_id"] = c.OrganizationIdOf(entry);
        json["name"] = text.Get(ContentFields.Title, "name");
        json["status"] = "active";
        if (!minimal)
        {
            json.Put("description", Description(text, entry));
            json["url"] = c.DetailUrl(entry, text);
            json.Put("email", contact.Email);
            json.Put("fees_description", Fees(c, entry, text));
            json.Put("eligibility_description", text.Get("eligibility", "eligibility_description"));
            json.Put("application_process", text.Get("access", "application_process") ?? text.Get("registration", "application_process"));
        }

        json.Put("assured_date", entry.Version.LastReviewedOn is { } reviewed ? HsdsContext.Date(reviewed) : null);
        json["last_modified"] = HsdsContext.Timestamp(entry.Version.ModifiedUtc);
        json["x_translations"] = text.Extension();
        return json;
    }

    /// <summary>The full service (<c>service.json</c>) with everything that belongs to it.</summary>
    public static JsonObject Full(HsdsContext c, PublishedEntry entry, HsdsText text)
    {
        var json = Listed(c, entry, text);
        var id = HsdsIds.Service(entry.Key);
        var data = entry.Version.Data;
        var contact = PublicContact.For(entry.Type, data);
        json["phones"] = contact.Phone is { } phone
            ? new JsonArray(new JsonObject { ["id"] = HsdsIds.Part("phone", entry.Key, "service"), ["service_id"] = id, ["number"] = phone })
            : new JsonArray();
        json["schedules"] = HsdsSchedules.For(entry, "service_id", id);
        json["service_areas"] = data.Towns.Where(t => c.Term(Taxonomy.Town, t) is not null).Select(t => (JsonNode)new JsonObject
        {
            ["id"] = HsdsIds.Part("service_area", entry.Key, t),
            ["service_id"] = id,
            ["name"] = c.TermName(Taxonomy.Town, t),
            ["extent_type"] = "town",
            ["uri"] = c.Absolute($"/api/hsds/taxonomy_terms/{HsdsIds.Term(Taxonomy.Town, t)}"),
        }).ToJsonArray();
        json["service_at_locations"] = HsdsLocations.PublicAddresses(entry).Select((_, i) => (JsonNode)new JsonObject
        {
            ["id"] = HsdsIds.ServiceAtLocation(entry.Key, i),
            ["service_id"] = id,
            ["location_id"] = HsdsIds.Location(entry.Key, i),
            ["location"] = HsdsLocations.Location(c, entry, i, text),
        }).ToJsonArray();
        json["languages"] = Languages(c, entry, "service_id", id);
        json["organization"] = c.OrganisationOf(entry) is { } org
            ? HsdsOrganizations.Listed(c, org, new HsdsText(org.Version, c.Culture))
            : HsdsUnnamedProvider.Listed(c);

        json["cost_options"] = CostOptions(c, entry, id);
        json["contacts"] = new JsonArray();
        json["attributes"] = HsdsTaxonomies.Attributes(c, entry, id, "service");
        json["x_translations"] = text.Extension();
        return json;
    }

    public static JsonArray Languages(HsdsContext c, PublishedEntry entry, string linkProperty, string linkId) =>
        entry.Version.Data.Languages.Select(code => (JsonNode)new JsonObject
        {
            ["id"] = HsdsIds.Part("language", entry.Key, $"{linkProperty}:{linkId}:{code}"),
            [linkProperty] = linkId,
            ["name"] = c.TermName(Taxonomy.Language, code),
            ["code"] = code,
        }).ToJsonArray();

    /// <summary>The summary, and in the full form the body (Markdown) after it.</summary>
    private static string? Description(HsdsText text, PublishedEntry entry)
    {
        var parts = new[] { text.Get(ContentFields.Summary, "description"), text.Get(ContentFields.Body, "description"), text.Get("activities", "description") }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        var description = string.Join("\n\n", parts);
        return description.Length > 0 ? description : null;
    }

    private static string? Fees(HsdsContext c, PublishedEntry entry, HsdsText text) =>
        text.Get("cost", "fees_description") ?? text.Get("fees", "fees_description")
        ?? (entry.Version.Data.FreeOfCharge == true ? c.Text("Hsds.Free") : null);

    private static JsonArray CostOptions(HsdsContext c, PublishedEntry entry, string serviceId)
    {
        var array = new JsonArray();
        if (entry.Version.Data.FreeOfCharge == true)
        {
            array.Add(new JsonObject
            {
                ["id"] = HsdsIds.Part("cost_option", entry.Key, "free"),
                ["service_id"] = serviceId,
                ["option"] = c.Text("Hsds.Free"),
                ["currency"] = "EUR",
                ["amount"] = 0,
            });
        }

        return array;
    }
}
