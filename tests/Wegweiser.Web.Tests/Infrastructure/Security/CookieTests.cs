using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Infrastructure.Security;

/// <summary>Cookies are HttpOnly and SameSite; over HTTPS (by the public address) Secure and <c>__Host-</c> prefixed.</summary>
public class CookieTests
{
    [Fact]
    public async Task Over_https_cookies_are_secure_and_host_prefixed_and_signed_in_pages_stay_private()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:PublicBaseUrl"] = "https://wegweiser.example.org" });
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        // Act
        var form = await client.GetAsync("/konto/anmelden");
        var signIn = await TestAccounts.SignInAsync(client, "erika");
        var home = await client.GetAsync("/de/");

        // Assert
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-wegweiser.antiforgery=", StringComparison.Ordinal));
        AssertAttributes(antiforgery, "path=/", "secure", "httponly", "samesite=strict");
        Assert.DoesNotContain("domain=", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-wegweiser.auth=", StringComparison.Ordinal));
        AssertAttributes(auth, "path=/", "secure", "httponly", "samesite=lax");
        Assert.True(home.Headers.CacheControl!.Private);
        Assert.True(home.Headers.CacheControl.NoStore);
    }

    [Fact]
    public async Task Over_http_in_Development_cookies_keep_their_plain_names_and_stay_HttpOnly()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = await TestAccounts.SignInAsync(client, "erika");

        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wegweiser.auth=", StringComparison.Ordinal));
        AssertAttributes(auth, "path=/", "httponly", "samesite=lax");
        Assert.DoesNotContain("secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertAttributes(string cookie, params string[] attributes)
    {
        var parts = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(p => p.ToLowerInvariant()).ToList();
        foreach (var attribute in attributes)
        {
            Assert.True(parts.Contains(attribute), $"'{attribute}' missing in: {cookie}");
        }
    }
}
