using System.Text.Json.Nodes;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The organization that stands for "provider not named": HSDS requires every service to have an
/// <c>organization_id</c>, but clubs, volunteer initiatives and some services name no organisation
/// (or one that is not published). They all point to this one organization, with a fixed id, in
/// the API, the tabular export and the open data downloads alike. Its name is
/// <c>Wegweiser:Hsds:UnnamedProviderName</c> when set (e.g. the site's operator), else
/// "Anbieter nicht angegeben" in the culture asked for. It exists only while a current service needs it.
/// </summary>
public static class HsdsUnnamedProvider
{
    /// <summary>The stand-in's key for <see cref="HsdsIds"/>: the colon keeps it apart from every entry key (a slug).</summary>
    public const string Key = "wegweiser:unnamed-provider";

    public static readonly Guid Guid = HsdsIds.Of("organization", Key);

    public static string Id => Guid.ToString("D");

    /// <summary>The current services that name no published, current organisation.</summary>
    public static IEnumerable<PublishedEntry> ServicesOf(HsdsContext c) => c.CurrentServices().Where(s => c.OrganisationOf(s) is null);

    public static bool IsNeeded(HsdsContext c) => ServicesOf(c).Any();

    /// <summary>The one-to-one fields (<c>compiled/organization_list.json</c>).</summary>
    public static JsonObject Listed(HsdsContext c) => new()
    {
        ["id"] = Id,
        ["name"] = string.IsNullOrWhiteSpace(c.Options.UnnamedProviderName) ? c.Text("Hsds.UnnamedProvider.Name") : c.Options.UnnamedProviderName.Trim(),
        ["description"] = c.Text("Hsds.UnnamedProvider.Description"),
        ["x_translations"] = new JsonObject
        {
            ["requested"] = c.Culture,
            ["language"] = c.Culture,
            ["available"] = new JsonArray(c.Culture),
            ["fallback_fields"] = new JsonArray(),
            ["machine_translated"] = false,
        },
    };

    /// <summary>
    /// The full organization: no phones, locations or attributes of its own, and its services as ids and
    /// names, or with <paramref name="fullServices"/> the full services (<paramref name="services"/> must then hold their full texts).
    /// </summary>
    public static JsonObject Full(HsdsContext c, IReadOnlyList<PublishedEntry> services, bool fullServices)
    {
        var json = Listed(c);
        json["phones"] = new JsonArray();
        json["locations"] = new JsonArray();
        json["contacts"] = new JsonArray();
        json["attributes"] = new JsonArray();
        json["services"] = services.Select(s =>
        {
            var text = new HsdsText(s.Version, c.Culture);
            return (JsonNode)(fullServices ? HsdsServices.Full(c, s, text) : HsdsServices.Listed(c, s, text, minimal: true));
        }).ToJsonArray();
        return json;
    }
}
