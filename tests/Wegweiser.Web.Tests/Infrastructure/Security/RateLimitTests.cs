using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.Hosting;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure.Security;

namespace Wegweiser.Web.Tests.Infrastructure.Security;

/// <summary>
/// ASP.NET Core's rate limiter per client address (the test server has one address): a limited
/// client gets 429, Retry-After and a page in the address's language, or a JSON problem from /api/.
/// </summary>
public partial class RateLimitTests
{
    [Fact]
    public async Task Sign_in_is_limited_with_a_German_page_and_Retry_After()
    {
        await using var factory = Site(("SignIn:PermitLimit", "3"));
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var tries = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            tries.Add(await TestAccounts.SignInAsync(client, "erika", "falsch"));
        }

        var form = await client.GetAsync("/konto/anmelden");

        Assert.All(tries.Take(3), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var limited = tries[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 15 * 60);
        var html = WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Zu viele Anfragen</h1>", html);
        Assert.Contains("Bitte versuchen Sie es ab ", html);
        Assert.Contains("Ihre Eingabe wurde nicht gesendet", html);
        Assert.True(limited.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task Search_is_limited_on_cache_hits_too_in_the_visitors_language_and_as_JSON_for_the_API()
    {
        await using var factory = Site(("Search:PermitLimit", "2"));
        var client = factory.CreateClient();

        var first = await client.GetAsync("/ar/suche?q=kurs");
        var cacheHit = await client.GetAsync("/ar/suche?q=kurs");
        var limitedPage = await client.GetAsync("/ar/suche?q=kurs");
        var limitedApi = await client.GetAsync("/api/suche?q=kurs&kultur=en");
        var home = await client.GetAsync("/ar/");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cacheHit.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedPage.StatusCode);
        Assert.True(limitedPage.Headers.Contains("Retry-After"));
        Assert.Contains("طلبات كثيرة جدًا", WebUtility.HtmlDecode(await limitedPage.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedApi.StatusCode);
        Assert.True(limitedApi.Headers.Contains("Retry-After"));
        Assert.Equal(RateLimitRejection.ProblemContentType, limitedApi.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await limitedApi.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Sitemaps_feeds_suggestions_and_password_reset_have_their_limits()
    {
        await using var factory = Site(("Feeds:PermitLimit", "1"), ("Suggestions:PermitLimit", "1"), ("PasswordReset:PermitLimit", "1"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var sitemap = await client.GetAsync("/sitemap.xml");
        var feed = await client.GetAsync("/de/neu.atom");
        var suggestion = await client.GetAsync("/api/vorschlaege?q=deu");
        var suggestionAgain = await client.GetAsync("/api/vorschlaege?q=deut");
        var reset = await ForgotAsync(client);
        var resetAgain = await ForgotAsync(client);

        Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, feed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suggestion.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, suggestionAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, resetAgain.StatusCode);
    }

    [Fact]
    public async Task Pages_without_a_rule_are_never_limited()
    {
        await using var factory = Site(("Search:PermitLimit", "1"), ("Feeds:PermitLimit", "1"), ("Forms:PermitLimit", "1"), ("SignIn:PermitLimit", "1"));
        var client = factory.CreateClient();

        var answers = new List<HttpStatusCode>();
        foreach (var url in Enumerable.Repeat(new[] { "/de/", "/de/angebote", "/konto/anmelden", "/robots.txt" }, 5).SelectMany(u => u))
        {
            answers.Add((await client.GetAsync(url)).StatusCode);
        }

        Assert.All(answers, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Theory]
    [InlineData("POST", "/konto/anmelden", RateLimitPolicy.SignIn)]
    [InlineData("POST", "/konto/anmelden-code", RateLimitPolicy.SignIn)]
    [InlineData("POST", "/konto/anmelden?handler=SignOut", RateLimitPolicy.None)]
    [InlineData("GET", "/konto/anmelden", RateLimitPolicy.None)]
    [InlineData("POST", "/konto/passwort-vergessen", RateLimitPolicy.PasswordReset)]
    [InlineData("POST", "/konto/passwort-neu", RateLimitPolicy.PasswordReset)]
    [InlineData("POST", "/de/angebote/migrationsberatung/fehler-melden", RateLimitPolicy.Forms)]
    [InlineData("POST", "/uk/ehrenamt/sprachpaten/anfrage", RateLimitPolicy.Forms)]
    [InlineData("GET", "/de/ehrenamt/sprachpaten/anfrage", RateLimitPolicy.None)]
    [InlineData("POST", "/de/eintragen", RateLimitPolicy.Forms)]
    [InlineData("POST", "/ar/eintragen?handler=Preview", RateLimitPolicy.None)]
    [InlineData("GET", "/de/eintragen", RateLimitPolicy.None)]
    [InlineData("POST", "/de/eintragen/bestaetigen/abc", RateLimitPolicy.Forms)]
    [InlineData("POST", "/ar/vereine/chor/uebernehmen", RateLimitPolicy.Forms)]
    [InlineData("POST", "/anspruch/abc", RateLimitPolicy.Forms)]
    [InlineData("GET", "/de/vereine/chor/uebernehmen", RateLimitPolicy.None)]
    [InlineData("GET", "/de/suche", RateLimitPolicy.Search)]
    [InlineData("HEAD", "/fa/suche/", RateLimitPolicy.Search)]
    [InlineData("GET", "/api/suche", RateLimitPolicy.Search)]
    [InlineData("GET", "/api/vorschlaege", RateLimitPolicy.Suggestions)]
    [InlineData("GET", "/sitemap.xml", RateLimitPolicy.Feeds)]
    [InlineData("GET", "/sitemap-de-2.xml", RateLimitPolicy.Feeds)]
    [InlineData("GET", "/de/neu.atom", RateLimitPolicy.Feeds)]
    [InlineData("GET", "/de/angebote/suche", RateLimitPolicy.None)]
    [InlineData("GET", "/de/", RateLimitPolicy.None)]
    [InlineData("GET", "/", RateLimitPolicy.None)]
    [InlineData("POST", "/admin/eintraege/neu", RateLimitPolicy.None)]
    public void The_rules_name_what_each_request_counts_against(string method, string url, RateLimitPolicy expected)
    {
        var context = new DefaultHttpContext();
        var uri = new Uri("http://localhost" + url);
        context.Request.Method = method;
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);

        Assert.Equal(expected, RateLimitRules.PolicyOf(context.Request));
    }

    [Fact]
    public void Every_public_form_that_posts_is_limited()
    {
        // Every Razor page of the site, found by its compiled route; staff, signed-in and token pages are exempt.
        string[] exempt = ["/admin", "/rueckmeldung", "/fehler", "/konto/zwei-faktor", "/konto/passwort"];
        var pages = typeof(Program).Assembly.GetTypes()
            .Select(t => (Type: t, Route: t.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(a => a.Key == "RouteTemplate")?.Value))
            .Where(p => p.Route is not null)
            .Select(p => (Path: SamplePath(p.Route!), Model: p.Type.GetProperty("Model")?.PropertyType))
            .ToList();
        var posting = pages
            .Where(p => p.Model?.GetMethods().Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)) == true)
            .Where(p => !exempt.Any(e => p.Path == e || p.Path.StartsWith(e + "/", StringComparison.Ordinal)))
            .ToList();

        Assert.True(pages.Count > 20, $"only {pages.Count} pages found");
        Assert.Contains(posting, p => p.Path == "/konto/anmelden");
        foreach (var (path, _) in posting)
        {
            var context = new DefaultHttpContext();
            context.Request.Method = "POST";
            context.Request.Path = path;
            Assert.True(RateLimitRules.PolicyOf(context.Request) != RateLimitPolicy.None, $"POST {path} has no rate limit in RateLimitRules");
        }
    }

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    public void Clients_are_counted_by_address_and_IPv6_clients_by_their_64_network(string address, string key)
    {
        Assert.Equal(key, ClientAddress.Key(IPAddress.Parse(address)));
    }

    private static string SamplePath(string route) =>
        "/" + RouteParameter().Replace(route.TrimStart('/'), m => m.Groups[1].Value switch
        {
            "culture" => "de",
            "section" => "angebote",
            "group" => "themen",
            "code" => "404",
            "id" => "1",
            _ => "x",
        });

    [GeneratedRegex(@"\{([a-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    private static WegweiserFactory Site(params (string Key, string Value)[] limits)
    {
        var settings = new Dictionary<string, string> { ["Wegweiser:RateLimits:Enabled"] = "true" };
        foreach (var (key, value) in limits)
        {
            settings[$"Wegweiser:RateLimits:{key}"] = value;
        }

        return new WegweiserFactory("demo", "sqlite", null, null, settings);
    }

    private static async Task<HttpResponseMessage> ForgotAsync(HttpClient client) =>
        await client.PostAsync("/konto/passwort-vergessen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/passwort-vergessen"),
            ["Email"] = "niemand@example.org",
        }));
}
