using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests;

/// <summary>
/// Accounts for tests: create one with a role, sign in through the real form. Staff (administrators,
/// publishers, editors, translators) must use two-factor sign-in, so their test accounts get it switched on with a known
/// authenticator key, and <see cref="SignInAsync"/> answers the code step with a real TOTP code.
/// </summary>
public static partial class TestAccounts
{
    public const string Password = "Ehrenamt-Passwort-2026";

    /// <summary>The authenticator key (Base32) of every test account with two-factor sign-in.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static async Task CreateAsync(WegweiserFactory factory, string name, string role, params string[] cultures)
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        foreach (var culture in cultures)
        {
            await users.AddClaimAsync(user, new System.Security.Claims.Claim("wegweiser:culture", culture));
        }

        if (Roles.TwoFactorByDefault.Contains(role))
        {
            await EnableTwoFactorAsync(factory, name);
        }
    }

    /// <summary>Creates an account with a role but without two-factor sign-in, whatever the role.</summary>
    public static async Task CreateWithoutTwoFactorAsync(WegweiserFactory factory, string name, string role)
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>Switches on two-factor sign-in with <see cref="AuthenticatorKey"/>, as if set up in the app.</summary>
    public static async Task EnableTwoFactorAsync(WegweiserFactory factory, string name)
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var store = (IUserAuthenticatorKeyStore<IdentityUser>)scope.ServiceProvider.GetRequiredService<IUserStore<IdentityUser>>();
        var user = await users.FindByNameAsync(name) ?? throw new InvalidOperationException($"No user {name}.");
        await store.SetAuthenticatorKeyAsync(user, AuthenticatorKey, CancellationToken.None);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
    }

    /// <summary>
    /// Signs in through the real form; when the site asks for the second step, answers it with the
    /// current code of <see cref="AuthenticatorKey"/>. Returns the last response.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password = Password, string? returnUrl = null)
    {
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(client, "/konto/anmelden"), ["UserName"] = user, ["Password"] = password };
        if (returnUrl is not null)
        {
            form["ReturnUrl"] = returnUrl;
        }

        var response = await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(form));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith(SignInCodeModel.Path, StringComparison.Ordinal) != true)
        {
            return response;
        }

        return await SendCodeAsync(client, response.Headers.Location.OriginalString, Totp.Code(AuthenticatorKey, DateTimeOffset.UtcNow));
    }

    /// <summary>Answers the code step (<c>/konto/anmelden-code?…</c>) with a code.</summary>
    public static async Task<HttpResponseMessage> SendCodeAsync(HttpClient client, string codePageUrl, string code)
    {
        var returnUrl = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + codePageUrl).Query)["ReturnUrl"];
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(client, codePageUrl), ["Code"] = code };
        if (returnUrl is not null)
        {
            form["ReturnUrl"] = returnUrl;
        }

        return await client.PostAsync(SignInCodeModel.Path, new FormUrlEncodedContent(form));
    }

    public static async Task<string> TokenAsync(HttpClient client, string url) =>
        Token().Match(await client.GetStringAsync(url)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
