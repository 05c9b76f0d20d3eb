using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wegweiser.Web.Tests.Features.Offline;

/// <summary>
/// The installable app: a manifest per culture linked from the public pages, the service worker
/// /sw.js and an offline page per culture.
/// </summary>
public partial class OfflineTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData("de", "ltr", "Integrationswegweiser Ilm-Kreis")]
    [InlineData("en", "ltr", null)]
    [InlineData("ar", "rtl", "دليل الاندماج في Ilm-Kreis")]
    [InlineData("fa", "rtl", null)]
    [InlineData("uk", "ltr", null)]
    [InlineData("ru", "ltr", null)]
    [InlineData("tr", "ltr", null)]
    public async Task Each_culture_has_a_manifest_in_its_language(string culture, string dir, string? name)
    {
        // Act
        var response = await _client.GetAsync($"/{culture}/manifest.webmanifest");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(culture, root.GetProperty("lang").GetString());
        Assert.Equal(dir, root.GetProperty("dir").GetString());
        Assert.Equal($"/{culture}/", root.GetProperty("start_url").GetString());
        Assert.Equal($"/{culture}/", root.GetProperty("scope").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("theme_color").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("background_color").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("short_name").GetString()));
        if (name is not null)
        {
            Assert.Equal(name, root.GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task The_manifest_icons_are_PNG_files_of_the_sizes_they_claim()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/de/manifest.webmanifest"));
        var icons = json.RootElement.GetProperty("icons").EnumerateArray().ToList();

        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192" && i.GetProperty("purpose").GetString() == "any");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("purpose").GetString() == "any");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("purpose").GetString() == "maskable");
        foreach (var icon in icons)
        {
            var response = await _client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            var size = $"{BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16))}x{BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))}";
            Assert.Equal(icon.GetProperty("sizes").GetString(), size);
        }
    }

    [Theory]
    [InlineData("de", "/de/")]
    [InlineData("de", "/de/angebote")]
    [InlineData("ar", "/ar/")]
    [InlineData("ar", "/ar/kurse")]
    public async Task Public_pages_link_their_cultures_manifest_and_the_registration_script(string culture, string url)
    {
        var html = await _client.GetStringAsync(url);

        Assert.Contains($"<link rel=\"manifest\" href=\"/{culture}/manifest.webmanifest\">", html);
        Assert.Matches("<script src=\"/offline\\.[a-z0-9]+\\.js\" defer></script>", html);
        Assert.Contains("data-offline-note hidden", html);
        Assert.Contains("<time data-offline-date></time>", html);
    }

    [Fact]
    public async Task The_sign_in_page_links_no_manifest()
    {
        var html = await _client.GetStringAsync("/konto/anmelden");

        Assert.DoesNotContain("rel=\"manifest\"", html);
        Assert.DoesNotContain("data-offline-note", html);
    }

    [Fact]
    public async Task The_service_worker_is_served_from_the_root_as_script_and_never_cached()
    {
        // Act
        var response = await _client.GetAsync("/sw.js");
        var again = await _client.GetStringAsync("/sw.js");
        var page = await _client.GetStringAsync("/de/");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.False(response.Headers.CacheControl.Public);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Equal(script, again);
        Assert.DoesNotContain("/*CONFIG*/", script);
        var config = JsonDocument.Parse(ConfigLine().Match(script).Groups[1].Value).RootElement;
        Assert.Matches("^[0-9a-f]{12}$", config.GetProperty("version").GetString());
        var shell = config.GetProperty("shell").EnumerateArray().Select(e => e.GetString()!).ToList();
        // The shell names the stylesheet under the same fingerprinted address as the pages.
        var css = StylesheetHref().Match(page).Groups[1].Value;
        Assert.Contains(css, shell);
        foreach (var culture in new[] { "de", "en", "ar", "fa", "uk", "ru", "tr" })
        {
            Assert.Contains($"/{culture}/offline", shell);
        }

        var prefixes = config.GetProperty("privatePrefixes").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["/admin", "/konto", "/rueckmeldung"], prefixes);
        foreach (var file in shell)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(file)).StatusCode);
        }
    }

    [Theory]
    [InlineData("de", "Sie sind offline")]
    [InlineData("ar", "أنت غير متصل بالإنترنت")]
    [InlineData("fa", "شما آفلاین هستید")]
    public async Task Each_culture_has_an_offline_page(string culture, string title)
    {
        var response = await _client.GetAsync($"/{culture}/offline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains($"<html lang=\"{culture}\"", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.True(response.Headers.CacheControl!.Public);
    }

    [GeneratedRegex(@"const CONFIG = (\{.*\});")]
    private static partial Regex ConfigLine();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex StylesheetHref();
}
