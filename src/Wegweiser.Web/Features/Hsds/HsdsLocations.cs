using System.Text.Json.Nodes;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The addresses an entry shows the public (<see cref="PublicContact"/>: none for volunteer
/// initiatives) as HSDS locations, one per address, each with its postal address, accessibility,
/// and for organisations their opening hours.
/// </summary>
public static class HsdsLocations
{
    public static IReadOnlyList<Address> PublicAddresses(PublishedEntry entry) =>
        PublicContact.For(entry.Type, entry.Version.Data).Addresses;

    public static JsonObject Location(HsdsContext c, PublishedEntry entry, int index, HsdsText text)
    {
        var address = PublicAddresses(entry)[index];
        var id = HsdsIds.Location(entry.Key, index);
        var json = new JsonObject
        {
            ["id"] = id,
            ["location_type"] = "physical",
        };
        json.Put("name", string.IsNullOrWhiteSpace(address.Name) ? text.Get(ContentFields.Title, "name") : address.Name);
        json["organization_id"] = entry.Type == ContentType.Organisation ? HsdsIds.Organization(entry.Key) : c.OrganizationIdOf(entry);
        json["addresses"] = new JsonArray(Address(c, entry, index, address, id));
        json["accessibility"] = Accessibility(c, entry, id);
        json["languages"] = HsdsServices.Languages(c, entry, "location_id", id);
        json["schedules"] = entry.Type == ContentType.Organisation ? HsdsSchedules.For(entry, "location_id", id) : new JsonArray();
        return json;
    }

    private static JsonObject Address(HsdsContext c, PublishedEntry entry, int index, Address address, string locationId) => new()
    {
        ["id"] = HsdsIds.Address(entry.Key, index),
        ["location_id"] = locationId,
        ["address_1"] = address.Street?.Trim() ?? "",
        // Addresses stay in German: a letter or a map needs the town's German name.
        ["city"] = address.Town is { } town ? c.Term(Taxonomy.Town, town)?.NameIn(Cultures.Source) ?? town : "",
        ["state_province"] = c.Options.StateProvince,
        ["postal_code"] = address.PostalCode?.Trim() ?? "",
        ["country"] = c.Options.Country,
        ["address_type"] = "physical",
    };

    private static JsonArray Accessibility(HsdsContext c, PublishedEntry entry, string locationId)
    {
        var array = new JsonArray();
        if (entry.Version.Data.WheelchairAccessible == true)
        {
            array.Add(new JsonObject
            {
                ["id"] = HsdsIds.Part("accessibility", entry.Key, locationId),
                ["location_id"] = locationId,
                ["description"] = c.Text("Hsds.Wheelchair"),
            });
        }

        return array;
    }
}
