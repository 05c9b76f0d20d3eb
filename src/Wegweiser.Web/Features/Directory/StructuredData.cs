using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Wegweiser.Core.Content;
using Wegweiser.Core.Scheduling;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Web.Features.Directory;

/// <summary>What the schema.org description of a detail page needs beyond the entry itself.</summary>
/// <param name="Absolute">Turns a site path such as <c>/de/organisationen/awo</c> into an absolute address.</param>
public sealed record StructuredDataContext(string Culture, string CanonicalUrl, Func<string, string> Absolute, TimeZoneInfo TimeZone);

/// <summary>
/// The schema.org description (JSON-LD) of a detail page, for search engines and other machines.
/// It says no more than the page shows to anonymous visitors: contact data and addresses come
/// from <see cref="PublicContact"/> (a volunteer initiative has none there).
/// </summary>
public static class StructuredData
{
    // Any encoder but the "unsafe relaxed" one escapes <, >, & and quotes, so the JSON can never
    // end its <script> element; allowing all ranges keeps umlauts, Arabic and Cyrillic readable.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize(JsonObject node) => node.ToJsonString(Json);

    public static JsonObject For(EntryDetail detail, StructuredDataContext context)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(context);
        return detail.Entry.Type switch
        {
            ContentType.Service => Service(detail, context),
            ContentType.Organisation => Organisation(detail, context, "Organization"),
            ContentType.Club => Organisation(detail, context, detail.Data.Club?.Category == "sport" ? "SportsOrganization" : "Organization"),
            ContentType.VolunteerInitiative => VolunteerInitiative(detail, context),
            ContentType.Course => Course(detail, context),
            ContentType.Event => Event(detail, context),
            ContentType.GlossaryTerm => GlossaryTerm(detail, context),
            _ => WebPage(detail, context),
        };
    }

    private static JsonObject Service(EntryDetail d, StructuredDataContext c)
    {
        // Whether a provider is a public authority is not recorded; the county's directory lists
        // public and publicly funded services, so all are described as government services.
        var o = Thing("GovernmentService", d, c);
        Put(o, "url", d.Contacts().Website);
        Put(o, "provider", OrganisationReference(d, c));
        Put(o, "areaServed", AreaServed(d, c));
        Put(o, "availableLanguage", Languages(d));
        Put(o, "hoursAvailable", OpeningHours(d.Data.Schedule));
        var channel = new JsonObject { ["@type"] = "ServiceChannel" };
        Put(channel, "serviceUrl", d.Contacts().Website);
        Put(channel, "servicePhone", ContactPoint(d.Contacts()));
        Put(channel, "serviceLocation", d.Contacts().Addresses.Select(a => Place(a, null, d, c)).FirstOrDefault(p => p is not null));
        Put(o, "availableChannel", channel.Count > 1 ? channel : null);
        return o;
    }

    private static JsonObject Organisation(EntryDetail d, StructuredDataContext c, string type)
    {
        var o = Thing(type, d, c);
        Put(o, "url", d.Contacts().Website);
        Put(o, "telephone", d.Contacts().Phone);
        Put(o, "email", d.Contacts().Email);
        Put(o, "address", OneOrMany(d.Contacts().Addresses.Select(a => PostalAddress(a, d, c))));
        Put(o, "areaServed", AreaServed(d, c));
        return o;
    }

    private static JsonObject VolunteerInitiative(EntryDetail d, StructuredDataContext c)
    {
        // Contact data and addresses as for any organisation: PublicContact leaves out what the public may not see.
        var o = Organisation(d, c, "Organization");
        Put(o, "parentOrganization", OrganisationReference(d, c));
        return o;
    }

    private static JsonObject Course(EntryDetail d, StructuredDataContext c)
    {
        var o = Thing("Course", d, c);
        Put(o, "url", d.Contacts().Website);
        Put(o, "provider", OrganisationReference(d, c));
        Put(o, "educationalLevel", d.Data.Course?.Level);
        Put(o, "availableLanguage", Languages(d));
        Put(o, "isAccessibleForFree", d.Data.FreeOfCharge);
        var instance = new JsonObject { ["@type"] = "CourseInstance" };
        Put(instance, "startDate", d.Data.Course?.Starts?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Put(instance, "endDate", d.Data.Course?.Ends?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var location = d.Contacts().Addresses.Select(a => Place(a, null, d, c)).FirstOrDefault(p => p is not null);
        Put(instance, "courseMode", location is null ? null : "onsite");
        Put(instance, "location", location);
        Put(o, "hasCourseInstance", instance.Count > 1 ? instance : null);
        return o;
    }

    private static JsonObject Event(EntryDetail d, StructuredDataContext c)
    {
        var o = Thing("Event", d, c);
        Put(o, "url", d.Contacts().Website);
        Put(o, "startDate", Instant(d.Data.Event?.Starts, c.TimeZone));
        Put(o, "endDate", Instant(d.Data.Event?.Ends, c.TimeZone));
        var place = d.Contacts().Addresses.Select(a => Place(a, d.Text.Field("place"), d, c)).FirstOrDefault(p => p is not null)
            ?? (d.Text.Field("place") is { } name ? new JsonObject { ["@type"] = "Place", ["name"] = name } : null);
        Put(o, "eventAttendanceMode", place is null ? null : "https://schema.org/OfflineEventAttendanceMode");
        Put(o, "location", place);
        Put(o, "organizer", OrganisationReference(d, c));
        Put(o, "isAccessibleForFree", d.Data.FreeOfCharge);
        return o;
    }

    private static JsonObject GlossaryTerm(EntryDetail d, StructuredDataContext c)
    {
        var o = Thing("DefinedTerm", d, c, isPage: true);
        Put(o, "termCode", d.Data.Glossary?.Abbreviation);
        Put(o, "inDefinedTermSet", c.Absolute(d.Section.ListUrl(c.Culture)));
        return o;
    }

    private static JsonObject WebPage(EntryDetail d, StructuredDataContext c)
    {
        var o = Thing("WebPage", d, c, isPage: true);
        Put(o, "inLanguage", d.Text.Lang);
        return o;
    }

    /// <summary>The common start: type, name, description and the page that describes the thing.</summary>
    private static JsonObject Thing(string type, EntryDetail d, StructuredDataContext c, bool isPage = false)
    {
        var o = new JsonObject { ["@context"] = "https://schema.org", ["@type"] = type, ["name"] = d.Text.Title };
        Put(o, "description", d.Text.Field(ContentFields.Summary));
        o[isPage ? "url" : "mainEntityOfPage"] = c.CanonicalUrl;
        return o;
    }

    private static JsonObject? OrganisationReference(EntryDetail d, StructuredDataContext c) =>
        d.OrganisationTitle is null || d.OrganisationUrl is null
            ? null
            : new JsonObject { ["@type"] = "Organization", ["name"] = d.OrganisationTitle, ["url"] = c.Absolute(d.OrganisationUrl) };

    private static JsonArray? AreaServed(EntryDetail d, StructuredDataContext c) =>
        ArrayOrNull(d.TermNames(Taxonomy.Town, d.Data.Towns, c.Culture)
            .Select(name => new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = name }));

    /// <summary>Language keys are BCP 47 codes ("de", "ar"), which is what schema.org asks for.</summary>
    private static JsonArray? Languages(EntryDetail d) => ArrayOrNull(d.Data.Languages.Select(l => JsonValue.Create(l)));

    private static JsonArray? OpeningHours(Schedule? schedule) =>
        schedule is null
            ? null
            : ArrayOrNull(schedule.Weekly.Where(w => w.Days.Count > 0).Select(w => new JsonObject
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = ArrayOrNull(w.Days.OrderBy(day => ((int)day + 6) % 7).Select(day => JsonValue.Create($"https://schema.org/{day}"))),
                ["opens"] = w.From.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["closes"] = w.To.ToString("HH:mm", CultureInfo.InvariantCulture),
            }));

    private static JsonObject? ContactPoint(PublicContact contact)
    {
        var point = new JsonObject { ["@type"] = "ContactPoint" };
        Put(point, "telephone", contact.Phone);
        Put(point, "email", contact.Email);
        return point.Count > 1 ? point : null;
    }

    private static JsonObject? Place(Address address, string? fallbackName, EntryDetail d, StructuredDataContext c)
    {
        var place = new JsonObject { ["@type"] = "Place" };
        Put(place, "name", Clean(address.Name) ?? fallbackName);
        Put(place, "address", PostalAddress(address, d, c));
        return place.Count > 1 ? place : null;
    }

    private static JsonObject? PostalAddress(Address address, EntryDetail d, StructuredDataContext c)
    {
        var postal = new JsonObject { ["@type"] = "PostalAddress" };
        Put(postal, "streetAddress", Clean(address.Street));
        Put(postal, "postalCode", Clean(address.PostalCode));
        Put(postal, "addressLocality", address.Town is null ? null : d.TermNames(Taxonomy.Town, [address.Town], c.Culture)[0]);
        return postal.Count > 1 ? postal : null;
    }

    /// <summary>A local time of the site's zone as an instant with its offset ("2027-07-01T14:00:00+02:00").</summary>
    private static string? Instant(DateTime? local, TimeZoneInfo zone) =>
        local is { } value
            ? Schedule.ToInstant(DateOnly.FromDateTime(value), TimeOnly.FromDateTime(value), zone)
                .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : null;

    private static JsonNode? OneOrMany(IEnumerable<JsonObject?> nodes)
    {
        var list = nodes.OfType<JsonObject>().ToList();
        return list.Count switch { 0 => null, 1 => list[0], _ => new JsonArray([.. list]) };
    }

    private static JsonArray? ArrayOrNull(IEnumerable<JsonNode?> nodes)
    {
        var list = nodes.OfType<JsonNode>().ToArray();
        return list.Length == 0 ? null : new JsonArray(list);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Put(JsonObject o, string key, JsonNode? value)
    {
        if (value is not null)
        {
            o[key] = value;
        }
    }

    private static void Put(JsonObject o, string key, string? value) => Put(o, key, value is null ? null : JsonValue.Create(value));

    private static void Put(JsonObject o, string key, bool? value) => Put(o, key, value is null ? null : JsonValue.Create(value.Value));
}
