using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure.Security;

namespace Wegweiser.Web.Tests.Infrastructure.Security;

/// <summary>Every response carries the security headers, also when the response cache answers it.</summary>
public partial class SecurityHeadersTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    [Theory]
    [InlineData("/de/")]
    [InlineData("/ar/angebote")]
    [InlineData("/de/suche?q=kurs")]
    [InlineData("/api/suche?q=kurs")]
    [InlineData("/api/vorschlaege?q=deu")]
    [InlineData("/sitemap.xml")]
    [InlineData("/de/neu.atom")]
    [InlineData("/robots.txt")]
    [InlineData("/konto/anmelden")]
    [InlineData("/de/angebote/gibt-es-nicht")]
    [InlineData("/healthz")]
    [InlineData("/")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        AssertHeaders(response, SecurityHeadersMiddleware.DefaultReferrerPolicy);
    }

    [Fact]
    public async Task Static_assets_carry_them_too()
    {
        var client = site.Factory.CreateClient();
        var html = await client.GetStringAsync("/de/");
        var css = Stylesheet().Match(html).Groups[1].Value;

        var response = await client.GetAsync(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeaders(response, SecurityHeadersMiddleware.DefaultReferrerPolicy);
    }

    [Fact]
    public async Task Cache_hits_and_304_answers_carry_them()
    {
        var client = site.Factory.CreateClient();
        await client.GetAsync("/de/kurse");

        var hit = await client.GetAsync("/de/kurse");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/de/kurse");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", hit.Headers.ETag!.ToString());
        var notModified = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.NotNull(hit.Headers.ETag);
        AssertHeaders(hit, SecurityHeadersMiddleware.DefaultReferrerPolicy);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertHeaders(notModified, SecurityHeadersMiddleware.DefaultReferrerPolicy);
    }

    [Theory]
    [InlineData("/rueckmeldung/ein-unbekannter-token")]
    [InlineData("/konto/passwort-neu?konto=x&code=y")]
    public async Task Addresses_with_a_token_send_no_referrer(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url);

        AssertHeaders(response, SecurityHeadersMiddleware.TokenReferrerPolicy);
    }

    [Fact]
    public async Task Pages_need_no_inline_script_or_style()
    {
        // Arrange: the public pages, the account pages and the editor's pages as an editor sees them
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var anonymous = factory.CreateClient();
        var editor = factory.CreateClient();
        await TestAccounts.SignInAsync(editor, "redaktion");
        var detail = "/de/angebote/" + await factory.GermanSlugAsync("demo-migrationsberatung-arnstadt");
        string[] publicPages = ["/de/", "/ar/", "/de/angebote", "/de/themen/sprache-bildung", detail, detail + "/karte", detail + "/fehler-melden",
            "/de/suche?q=beratung", "/konto/anmelden", "/konto/passwort-vergessen", "/de/gibt/es/nicht"];
        string[] editorPages = ["/admin", "/admin/eintraege", "/admin/eintraege/neu", "/admin/eintraege/demo-migrationsberatung-arnstadt"];

        foreach (var (client, url) in publicPages.Select(u => (anonymous, u)).Concat(editorPages.Select(u => (editor, u))))
        {
            // Act
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();

            // Assert
            Assert.True(html.Contains("</html>", StringComparison.Ordinal), $"{url} is not a page");
            Assert.False(InlineScript().IsMatch(html), $"{url} has an inline script: {InlineScript().Match(html).Value}");
            Assert.False(InlineStyleOrHandler().IsMatch(html), $"{url} has inline style or an event handler: {InlineStyleOrHandler().Match(html).Value}");
        }
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_Development_only()
    {
        await using var production = new WegweiserFactory("blank", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:PublicBaseUrl"] = "https://wegweiser.example.org" });
        await using var productionSite = production.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        await using var development = new WegweiserFactory("blank");

        var https = await productionSite.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }).GetAsync("/de/");
        var http = await productionSite.CreateClient().GetAsync("/de/");
        var developmentHttps = await development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }).GetAsync("/de/");

        Assert.Equal(SecurityHeadersMiddleware.StrictTransportSecurity, https.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
        Assert.False(developmentHttps.Headers.Contains("Strict-Transport-Security"));
        AssertHeaders(https, SecurityHeadersMiddleware.DefaultReferrerPolicy);
    }

    private static void AssertHeaders(HttpResponseMessage response, string referrerPolicy)
    {
        var url = response.RequestMessage!.RequestUri;
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{url}: no CSP");
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, csp.Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(referrerPolicy, response.Headers.GetValues("Referrer-Policy").Single());
        var permissions = response.Headers.GetValues("Permissions-Policy").Single();
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
    }

    /// <summary>A script element without src that is not a JSON-LD data block.</summary>
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style[\s>]|\sstyle\s*=|\son[a-z]+\s*=\s*""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleOrHandler();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
