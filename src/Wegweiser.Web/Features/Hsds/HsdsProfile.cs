using System.Text.Json.Nodes;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The Wegweiser HSDS profile, served at <c>/api/hsds/profile</c>: HSDS 3.1 plus one extension for
/// translations. Every service, organization and service_at_location carries
/// <c>x_translations</c> (an additional property, which the HSDS schemas allow):
/// <c>requested</c> (the culture asked for with <c>lang</c> or <c>Accept-Language</c>),
/// <c>language</c> (the culture of the texts; <c>de</c> when the entry has no translation),
/// <c>available</c> (every culture the entry has), <c>fallback_fields</c> (the HSDS fields whose
/// text is German because the translation lacks it) and <c>machine_translated</c>.
/// </summary>
public static class HsdsProfile
{
    public const string Path = "/api/hsds/profile";

    public static JsonObject Describe(HsdsContext c, IReadOnlyList<string> cultures) => new()
    {
        ["name"] = "Wegweiser HSDS 3.1 profile with translations",
        ["hsds_version"] = "3.1",
        ["base"] = "https://docs.openreferral.org/en/latest/hsds/",
        ["description"] = "Open Referral HSDS 3.1, read-only. Texts come in the culture asked for (query parameter lang, "
            + "else the Accept-Language header), falling back to German field by field. German is the source language.",
        ["cultures"] = cultures.Select(x => (JsonNode)x).ToJsonArray(),
        ["source_culture"] = Core.Content.Cultures.Source,
        ["ids"] = "Name-based UUIDs (version 5) over a fixed namespace and the entry's key: stable across nodes, runs and exports.",
        ["extension"] = new JsonObject
        {
            ["property"] = "x_translations",
            ["on"] = new JsonArray("service", "organization", "service_at_location"),
            ["fields"] = new JsonObject
            {
                ["requested"] = "The culture asked for.",
                ["language"] = "The culture of the texts; de when the entry has no translation in the culture asked for.",
                ["available"] = "Every culture the entry has texts in.",
                ["fallback_fields"] = "HSDS fields of this object whose text is the German one, because the translation lacks it.",
                ["machine_translated"] = "The texts in the culture asked for come from machine translation and are not checked yet.",
            },
        },
        ["mapping"] = new JsonObject
        {
            ["service"] = "Services, courses, clubs and volunteer initiatives; the taxonomy 'type' says which.",
            ["organization"] = $"Organisations. Services that name no provider belong to one stand-in organization, id {HsdsUnnamedProvider.Id} "
                + "(\"Anbieter nicht angegeben\" or the configured name), the same in the API and the downloads.",
            ["schedule"] = "Weekly hours: freq WEEKLY, byday MO,TH; monthly rules: freq MONTHLY, byday 1TU or -1FR; exceptions in notes.",
            ["service_area"] = "The towns an entry serves.",
            ["assured_date"] = "The day editors last checked the entry.",
            ["contacts"] = "Only public contacts; volunteer initiatives are reached through the site's contact form.",
        },
        ["openapi_url"] = c.Absolute("/api/openapi.json"),
    };
}
