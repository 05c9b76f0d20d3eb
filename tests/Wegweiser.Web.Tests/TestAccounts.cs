using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace Wegweiser.Web.Tests;

/// <summary>Accounts for tests: create one with a role, sign in through the real form.</summary>
public static partial class TestAccounts
{
    public const string Password = "Ehrenamt-Passwort-2026";

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
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password = Password, string? returnUrl = null)
    {
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(client, "/konto/anmelden"), ["UserName"] = user, ["Password"] = password };
        if (returnUrl is not null)
        {
            form["ReturnUrl"] = returnUrl;
        }

        return await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(form));
    }

    public static async Task<string> TokenAsync(HttpClient client, string url) =>
        Token().Match(await client.GetStringAsync(url)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
