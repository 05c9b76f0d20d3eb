using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The whole published directory of one culture as an HSDS 3.1 export, without an HTTP request:
/// the tabular data package (<see cref="HsdsTables"/>, <c>datapackage.json</c>) and the JSON form
/// (<c>services.json</c>, <c>organizations.json</c>, <c>taxonomies.json</c>, <c>taxonomy_terms.json</c>).
/// It uses the API's mappers, so it has the API's ids, texts and visibility: published, current
/// entries and public contacts only. Links point to <c>Wegweiser:PublicBaseUrl</c>.
/// </summary>
public sealed class HsdsExport(
    ContentStore content, TaxonomyStore taxonomies, PublishedContentCache cache, HsdsOptions options, OpenDataOptions openData,
    IOptions<WegweiserOptions> site, SiteClock clock, IStringLocalizer<SharedResource> t)
{
    /// <summary>Readable in every script (Arabic, Cyrillic stay letters), but &lt; &gt; &amp; and quotes escaped as in the API, so no editor text is markup if someone shows the file in a page.</summary>
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>The change version of the published content now (the package's version).</summary>
    public async Task<long> VersionAsync(CancellationToken ct) => (await cache.CurrentAsync(content, taxonomies, ct)).Version;

    public async Task<HsdsPackage> BuildAsync(string culture, CancellationToken ct)
    {
        var snapshot = await cache.CurrentAsync(content, taxonomies, ct);
        var baseUrl = PublicUrl.Configured(site.Value.PublicBaseUrl) ?? "http://localhost";
        var c = new HsdsContext(snapshot, culture, baseUrl, clock.Today, t, options);
        var services = await FullTextsAsync(c.CurrentServices().ToList(), ct);
        var organisations = await FullTextsAsync(c.Current(ContentType.Organisation).ToList(), ct);

        var serviceJson = services.Select(s => HsdsServices.Full(c, s, new HsdsText(s.Version, culture))).ToList();
        var organisationJson = organisations.Select(o => HsdsOrganizations.Full(
            c, o, new HsdsText(o.Version, culture), HsdsOrganizations.ServicesOf(c, o).ToList(), fullServices: false)).ToList();
        if (HsdsUnnamedProvider.IsNeeded(c))
        {
            organisationJson.Add(HsdsUnnamedProvider.Full(c, HsdsUnnamedProvider.ServicesOf(c).ToList(), fullServices: false));
        }

        var taxonomyJson = HsdsTaxonomies.All.Select(x => HsdsTaxonomies.Taxonomy(c, x)).ToList();
        var termJson = HsdsTaxonomies.Terms(c).Select(x => HsdsTaxonomies.Term(c, x.Taxonomy, x.Key, x.Name)).ToList();

        var rows = new HsdsTables.Rows();
        organisationJson.ForEach(o => rows.Add("organization", o));
        serviceJson.ForEach(s => rows.Add("service", s));
        taxonomyJson.ForEach(x => rows.Add("taxonomy", x));
        termJson.ForEach(x => rows.Add("taxonomy_term", x));

        var dataDate = DataDate(c);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var table in HsdsTables.All)
        {
            files[table.Path] = HsdsTables.Csv(table, rows.Of(table.Name));
        }

        files["services.json"] = Json(serviceJson);
        files["organizations.json"] = Json(organisationJson);
        files["taxonomies.json"] = Json(taxonomyJson);
        files["taxonomy_terms.json"] = Json(termJson);
        files["datapackage.json"] = Encode(Descriptor(c, dataDate, files.Keys.Where(k => k.EndsWith(".json", StringComparison.Ordinal))));
        return new HsdsPackage(culture, snapshot.Version, dataDate, files);
    }

    /// <summary>The date of the data: the last change of a published, current service or organisation (UTC).</summary>
    public async Task<DateTime> DataDateAsync(CancellationToken ct)
    {
        var snapshot = await cache.CurrentAsync(content, taxonomies, ct);
        return DataDate(new HsdsContext(snapshot, Cultures.Source, "", clock.Today, t, options));
    }

    private static DateTime DataDate(HsdsContext c) =>
        c.CurrentServices().Concat(c.Current(ContentType.Organisation)).Select(e => e.Version.ModifiedUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();

    private async Task<IReadOnlyList<PublishedEntry>> FullTextsAsync(IReadOnlyList<PublishedEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return entries;
        }

        var full = (await content.PublishedByIdsAsync(entries.Select(e => e.Item.Id).ToList(), ct)).ToDictionary(e => e.Item.Id);
        return entries.Select(e => full.GetValueOrDefault(e.Item.Id)).OfType<PublishedEntry>().ToList();
    }

    /// <summary>The Frictionless tabular data package descriptor: licence, date, one resource per CSV (with schema and keys) and per JSON file.</summary>
    private JsonObject Descriptor(HsdsContext c, DateTime dataDate, IEnumerable<string> jsonFiles)
    {
        var resources = HsdsTables.All.Select(table => (JsonNode)new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = table.Path,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject
            {
                ["fields"] = table.Columns.Select(col => (JsonNode)HsdsTables.Field(col)).ToJsonArray(),
                ["primaryKey"] = new JsonArray("id"),
                ["foreignKeys"] = HsdsTables.ForeignKeys(table).Select(fk => (JsonNode)new JsonObject
                {
                    ["fields"] = new JsonArray(fk.Column),
                    ["reference"] = new JsonObject { ["resource"] = fk.Table, ["fields"] = new JsonArray("id") },
                }).ToJsonArray(),
            },
        }).Concat(jsonFiles.Select(file => (JsonNode)new JsonObject
        {
            ["name"] = "json_" + Path.GetFileNameWithoutExtension(file),
            ["path"] = file,
            ["format"] = "json",
            ["mediatype"] = "application/json",
            ["encoding"] = "utf-8",
        }));
        return new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = $"wegweiser-hsds-{c.Culture}",
            ["title"] = c.Text("OpenData.Title"),
            ["homepage"] = c.Absolute($"/{c.Culture}/daten"),
            ["version"] = "3.1",
            ["created"] = HsdsContext.Timestamp(dataDate),
            ["x_culture"] = c.Culture,
            ["x_profile"] = c.Absolute(HsdsProfile.Path),
            ["licenses"] = new JsonArray(new JsonObject { ["name"] = openData.LicenceName, ["title"] = openData.LicenceName, ["path"] = openData.LicenceUrl }),
            ["resources"] = resources.ToJsonArray(),
        };
    }

    private static byte[] Json(IEnumerable<JsonObject> items) => Encode(items.Select(i => (JsonNode)i).ToJsonArray());

    private static byte[] Encode(JsonNode node) => System.Text.Encoding.UTF8.GetBytes(node.ToJsonString(Indented));
}
