using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// What every HSDS object of one request is made from: the published snapshot, the culture asked
/// for, the site's public address, today and the localizer for the few texts of our own.
/// </summary>
public sealed class HsdsContext(PublishedSnapshot snapshot, string culture, string baseUrl, DateOnly today, IStringLocalizer t, HsdsOptions options)
{
    /// <summary>The content types the API serves as HSDS services, each with its term in the <c>type</c> taxonomy.</summary>
    public static readonly IReadOnlyList<ContentType> ServiceTypes =
        [ContentType.Service, ContentType.Course, ContentType.Club, ContentType.VolunteerInitiative];

    private readonly System.Globalization.CultureInfo _cultureInfo = Infrastructure.SiteCultureInfo.Create(culture);

    public PublishedSnapshot Snapshot { get; } = snapshot;

    public string Culture { get; } = culture;

    public string BaseUrl { get; } = baseUrl;

    /// <summary>One of our own texts (a taxonomy's name, "kostenlos") in the asked culture.</summary>
    public string Text(string key)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = _cultureInfo;
        try
        {
            return t[key].Value;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    public HsdsOptions Options { get; } = options;

    /// <summary>Published entries of a type that have not ended (courses and events end by their dates).</summary>
    public IEnumerable<PublishedEntry> Current(ContentType type) =>
        Snapshot.OfTypeByTitle(type, Culture).Where(e => !ReviewPolicy.HasEnded(e.Version.EndsOn, today));

    public IEnumerable<PublishedEntry> CurrentServices() => ServiceTypes.SelectMany(Current);

    public bool IsCurrent(PublishedEntry entry) => !ReviewPolicy.HasEnded(entry.Version.EndsOn, today);

    /// <summary>The published, current organisation an entry names, or null.</summary>
    public PublishedEntry? OrganisationOf(PublishedEntry entry) =>
        entry.Version.Data.Organisation is { } key && Snapshot.ByKey(key) is { Type: ContentType.Organisation } org && IsCurrent(org) ? org : null;

    /// <summary>The HSDS id of the organisation an entry names, or of <see cref="HsdsUnnamedProvider"/> when it names none.</summary>
    public string OrganizationIdOf(PublishedEntry entry) =>
        OrganisationOf(entry) is { } org ? HsdsIds.Organization(org.Key) : HsdsUnnamedProvider.Id;

    public TaxonomyTerm? Term(string taxonomy, string key) => Snapshot.Terms.GetValueOrDefault((taxonomy, key));

    public string TermName(string taxonomy, string key) => Term(taxonomy, key)?.NameIn(Culture) ?? key;

    public string Absolute(string path) => Infrastructure.PublicUrl.Combine(BaseUrl, path);

    public string DetailUrl(PublishedEntry entry, HsdsText text) =>
        Absolute(Directory.DirectorySection.For(entry.Type).DetailUrl(Culture, text.Slug));

    public static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Adds a property only when it has a value: HSDS leaves unknown fields out rather than null.</summary>
internal static class JsonObjectExtensions
{
    public static JsonObject Put(this JsonObject json, string name, JsonNode? value)
    {
        if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)))
        {
            json[name] = value;
        }

        return json;
    }

    public static JsonArray ToJsonArray(this IEnumerable<JsonNode> nodes)
    {
        var array = new JsonArray();
        foreach (var node in nodes)
        {
            array.Add(node);
        }

        return array;
    }
}
