using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wegweiser.Web.Tests.Infrastructure.Security;

/// <summary>
/// The site on a real Kestrel port, asked from loopback as a reverse proxy on the same machine
/// would: forwarded scheme and client address count only from known proxies.
/// </summary>
public class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_loopback_proxy_the_forwarded_scheme_makes_cookies_secure()
    {
        await using var factory = new WegweiserFactory("blank");
        using var client = Start(factory);

        var direct = await GetAsync(client, "/konto/anmelden");
        var proxied = await GetAsync(client, "/konto/anmelden", ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7"));

        Assert.DoesNotContain("secure", AntiforgeryCookie(direct), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", AntiforgeryCookie(proxied), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_proxy_are_ignored()
    {
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:ReverseProxy:KnownProxies:0"] = "192.0.2.10" });
        using var client = Start(factory);

        var proxied = await GetAsync(client, "/konto/anmelden", ("X-Forwarded-Proto", "https"));

        Assert.DoesNotContain("secure", AntiforgeryCookie(proxied), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_mistyped_proxy_address_stops_the_start_with_a_message_naming_the_setting()
    {
        var folder = Directory.CreateTempSubdirectory("wegweiser-web-").FullName;

        var (exitCode, output) = await Features.Setup.CommandLineProcess.RunAsync(folder, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Urls"] = "http://127.0.0.1:0",
            ["Wegweiser__PublicBaseUrl"] = "https://wegweiser.example.org",
            ["Wegweiser__ReverseProxy__KnownNetworks__0"] = "10.0.0.0/99",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Wegweiser:ReverseProxy:KnownNetworks: '10.0.0.0/99' ist kein Netz", output);
        Assert.Contains("is not a network", output);
    }

    [Fact]
    public async Task Limits_count_per_forwarded_client_address()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:RateLimits:Enabled"] = "true",
            ["Wegweiser:RateLimits:Search:PermitLimit"] = "2",
        });
        using var client = Start(factory);

        var first = await GetAsync(client, "/de/suche?q=kurs", ("X-Forwarded-For", "203.0.113.1"));
        var second = await GetAsync(client, "/de/suche?q=kurs", ("X-Forwarded-For", "203.0.113.1"));
        var third = await GetAsync(client, "/de/suche?q=kurs", ("X-Forwarded-For", "203.0.113.1"));
        var otherClient = await GetAsync(client, "/de/suche?q=kurs", ("X-Forwarded-For", "203.0.113.2"));
        var otherInSameV6Network = await GetAsync(client, "/de/suche?q=kurs", ("X-Forwarded-For", "2001:db8:1:2::1"));
        await GetAsync(client, "/de/suche?q=kurs", ("X-Forwarded-For", "2001:db8:1:2::2"));
        var thirdInSameV6Network = await GetAsync(client, "/de/suche?q=kurs", ("X-Forwarded-For", "2001:db8:1:2::3"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherInSameV6Network.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdInSameV6Network.StatusCode);
    }

    private static HttpClient Start(WegweiserFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = factory.ClientOptions.BaseAddress,
        };
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("wegweiser.antiforgery=", StringComparison.Ordinal));
}
