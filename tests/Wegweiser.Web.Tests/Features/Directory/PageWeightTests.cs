using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>
/// Pages for old phones: one stylesheet, no web fonts, and one small deferred script at most (the
/// suggestions as you type, which the page does not need); under 60 KB gzip with CSS and script.
/// </summary>
public partial class PageWeightTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private const int Budget = 60 * 1024;

    [Theory]
    [InlineData("/de/")]
    [InlineData("/de/angebote")]
    [InlineData("/de/kurse?niveau=A1")]
    [InlineData("/de/organisationen")]
    [InlineData("/de/themen/sprache-bildung")]
    [InlineData("demo-migrationsberatung-arnstadt")]
    [InlineData("demo-integrationskurs-a1-arnstadt")]
    [InlineData("demo-sprachpatenschaften-arnstadt")]
    [InlineData("demo-gesundheitstag-arnstadt")]
    public async Task A_page_with_its_stylesheet_stays_under_the_budget(string urlOrKey)
    {
        var url = urlOrKey.StartsWith('/') ? urlOrKey : await DetailUrl(urlOrKey);
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (pageBytes, html) = await GetGzipAsync(client, url);
        var stylesheets = Stylesheet().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var (cssBytes, css) = await GetGzipAsync(client, Assert.Single(stylesheets));

        var scripts = Script().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var scriptBytes = 0;
        foreach (var script in scripts)
        {
            scriptBytes += (await GetGzipAsync(client, script)).Bytes;
        }

        // No inline script; JSON-LD blocks are data, not code.
        Assert.Equal(Regex.Matches(html, "<script").Count - Regex.Matches(html, "<script type=\"application/ld\\+json\">").Count, scripts.Count);
        // Only the small enhancements: search suggestions, the service worker's registration and,
        // on the home page, "Save for offline".
        Assert.All(scripts, s => Assert.Matches(@"/(suggest|offline|offline-save)\.[a-z0-9]+\.js$", s));
        Assert.True(scriptBytes < 4096, $"the scripts have {scriptBytes} bytes");
        Assert.DoesNotContain("@font-face", css);
        Assert.True(pageBytes + cssBytes + scriptBytes < Budget, $"{url}: {pageBytes} + {cssBytes} + {scriptBytes} bytes");
    }

    [Fact]
    public async Task Fingerprinted_assets_may_be_cached_for_a_year()
    {
        var client = site.Factory.CreateClient();
        var html = await client.GetStringAsync("/de/");
        var css = Stylesheet().Match(html).Groups[1].Value;

        var response = await client.GetAsync(css);

        Assert.Matches(@"/site\.[a-z0-9]+\.css$", css);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }

    private async Task<string> DetailUrl(string key)
    {
        var slug = await site.Factory.GermanSlugAsync(key);
        var segment = key switch
        {
            _ when key.Contains("kurs") => "kurse",
            _ when key.Contains("patenschaft") => "ehrenamt",
            _ when key.Contains("tag") => "veranstaltungen",
            _ => "angebote",
        };
        return $"/de/{segment}/{slug}";
    }

    private static async Task<(int Bytes, string Text)> GetGzipAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var compressed = response.Content.Headers.ContentEncoding.Contains("gzip");
        using var reader = new StreamReader(compressed
            ? new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)
            : new MemoryStream(bytes));
        return (bytes.Length, await reader.ReadToEndAsync());
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<script src=\"([^\"]+)\" defer></script>")]
    private static partial Regex Script();
}
