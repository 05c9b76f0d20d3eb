using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Hsds;
using Wegweiser.Web.Tests.Features.Setup;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>The HSDS export on SQLite and PostgreSQL: the tabular package, the JSON form and the public zip.</summary>
public abstract class HsdsExportTests(WegweiserFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public sealed class OnSqlite(DemoSiteFixture site) : HsdsExportTests(site.Factory), IClassFixture<DemoSiteFixture>;

    public sealed class OnPostgres(DemoPostgresSiteFixture site) : HsdsExportTests(site.Factory), IClassFixture<DemoPostgresSiteFixture>;

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task The_package_validates_against_the_tabular_schema(string culture)
    {
        var package = await BuildAsync(culture);

        HsdsPackageCheck.AssertValid(package.Files);
        Assert.True(HsdsPackageCheck.Parse(System.Text.Encoding.UTF8.GetString(package.Files["services.csv"])).Count > 10);
        Assert.True(HsdsPackageCheck.Parse(System.Text.Encoding.UTF8.GetString(package.Files["attributes.csv"])).Count > 10);
    }

    [Fact]
    public async Task The_json_form_validates_against_the_hsds_schemas()
    {
        var package = await BuildAsync("en");

        Assert.All(Array(package, "services.json"), s => HsdsSchema.AssertValid(s, "service.json"));
        Assert.All(Array(package, "organizations.json"), o => HsdsSchema.AssertValid(o, "organization.json"));
        Assert.All(Array(package, "taxonomies.json"), x => HsdsSchema.AssertValid(x, "taxonomy.json"));
        Assert.All(Array(package, "taxonomy_terms.json"), x => HsdsSchema.AssertValid(x, "taxonomy_term.json"));
    }

    [Fact]
    public async Task Ids_are_the_apis_ids()
    {
        var package = await BuildAsync("de");

        foreach (var (file, path) in new[] { ("services.json", "services"), ("organizations.json", "organizations"), ("taxonomy_terms.json", "taxonomy_terms") })
        {
            var api = (await HsdsApi.AllAsync(_client, path, "&lang=de")).Select(n => n["id"]!.GetValue<string>()).Order();
            Assert.Equal(api, Array(package, file).Select(n => n!["id"]!.GetValue<string>()).Order());
        }
    }

    [Fact]
    public async Task Drafts_and_internal_contacts_are_absent()
    {
        var package = await BuildAsync("de");
        var everything = string.Join("\n", package.Files.Values.Select(b => System.Text.Encoding.UTF8.GetString(b)));
        var initiatives = await factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == ContentType.VolunteerInitiative)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());

        foreach (var draft in new[] { "demo-entwurf-sprachkurs-b2-arnstadt", "demo-entwurf-laufgruppe-martinroda", "demo-entwurf-lesepatenschaften-plaue" })
        {
            Assert.DoesNotContain(HsdsIds.Service(draft), everything);
        }

        foreach (var contact in initiatives.Select(i => (i.Published ?? i.Latest).Data.Volunteer?.InternalContact).OfType<InternalContact>())
        {
            Assert.DoesNotContain(contact.Email!, everything);
            Assert.DoesNotContain(contact.Phone!, everything);
            Assert.DoesNotContain(contact.Name!, everything);
        }
    }

    [Fact]
    public async Task The_public_zip_downloads_with_every_file()
    {
        var response = await _client.GetAsync(HsdsDownloads.PathOf("ar"));
        var missing = await _client.GetAsync("/daten/wegweiser-xx.zip");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var files = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
        Assert.Contains("datapackage.json", files.Keys);
        Assert.Contains("services.json", files.Keys);
        HsdsPackageCheck.AssertValid(files);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<HsdsPackage> BuildAsync(string culture)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HsdsExport>().BuildAsync(culture, default);
    }

    private static JsonArray Array(HsdsPackage package, string file) => JsonNode.Parse(package.Files[file])!.AsArray();
}

/// <summary>The <c>export hsds</c> verb writes a package per culture; a wrong culture writes nothing.</summary>
public class HsdsExportVerbTests
{
    [Fact]
    public async Task The_verb_writes_a_folder_per_culture()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-hsds-").FullName;
        var settings = new Dictionary<string, string> { ["Wegweiser__Cultures__0"] = "de", ["Wegweiser__Cultures__1"] = "ar" };
        await CommandLineProcess.RunAsync(folder, settings, "setup", "--recipe", "demo");

        var export = await CommandLineProcess.RunAsync(folder, settings, "export", "hsds", "--out", Path.Combine(folder, "hsds"));
        var wrong = await CommandLineProcess.RunAsync(folder, settings, "export", "hsds", "--out", Path.Combine(folder, "x"), "--lang", "xx");

        Assert.True(export.ExitCode == 0, export.Output);
        foreach (var culture in new[] { "de", "ar" })
        {
            var target = Path.Combine(folder, "hsds", culture);
            HsdsPackageCheck.AssertValid(System.IO.Directory.GetFiles(target).ToDictionary(Path.GetFileName, File.ReadAllBytes)!);
        }

        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("export hsds --out ORDNER", wrong.Output);
        Assert.False(System.IO.Directory.Exists(Path.Combine(folder, "x")));
    }
}

/// <summary>The public page that links the downloads, in German and Arabic.</summary>
public class OpenDataPageTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData("de", "Offene Daten")]
    [InlineData("ar", "البيانات المفتوحة")]
    public async Task The_page_links_every_download_and_names_the_licence(string culture, string title)
    {
        var response = await _client.GetAsync($"/{culture}/daten");
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var footer = System.Net.WebUtility.HtmlDecode(await _client.GetStringAsync($"/{culture}"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains("href=\"/daten/wegweiser-de.zip\"", html);
        Assert.Contains("href=\"/daten/wegweiser-ar.zip\"", html);
        Assert.Contains("Datenlizenz Deutschland – Namensnennung – Version 2.0", html);
        Assert.Contains("href=\"https://www.govdata.de/dl-de/by-2-0\"", html);
        Assert.Contains($"href=\"/{culture}/daten\"", footer);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("uk")]
    [InlineData("ru")]
    [InlineData("tr")]
    public async Task The_about_page_links_the_open_data_page(string culture)
    {
        var item = await Editorial.EditorSite.ItemAsync(site.Factory, "ueber-uns");
        var slug = (item.Published!.Translation(culture) ?? item.Published.Translation("de"))!.Slug;

        var html = await _client.GetStringAsync(Wegweiser.Web.Features.Directory.DirectorySection.For(ContentType.Page).DetailUrl(culture, slug));

        Assert.Contains($"href=\"/{culture}/daten\"", html);
    }
}
