using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>The first administrator replaces the generated password; mistakes are explained in German.</summary>
public class ChangePasswordTests
{
    [Fact]
    public async Task The_administrator_changes_the_password_and_signs_in_with_the_new_one()
    {
        await using var factory = new WegweiserFactory("blank");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "admin", WegweiserFactory.AdminPassword);

        var tooShort = await ChangeAsync(client, WegweiserFactory.AdminPassword, "kurz", "kurz");
        var wrongOld = await ChangeAsync(client, "falsch-falsch-1A!", "Neues-Passwort-2027!", "Neues-Passwort-2027!");
        var changed = await ChangeAsync(client, WegweiserFactory.AdminPassword, "Neues-Passwort-2027!", "Neues-Passwort-2027!");
        var fresh = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await TestAccounts.SignInAsync(fresh, "admin", "Neues-Passwort-2027!");

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("mindestens 12 Zeichen", await tooShort.Content.ReadAsStringAsync());
        Assert.Contains("Das bisherige Passwort stimmt nicht.", await wrongOld.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        await using var factory = new WegweiserFactory("blank");
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/konto/passwort");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", response.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string repeat) =>
        await client.PostAsync("/konto/passwort", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/passwort"),
            ["Current"] = current,
            ["New"] = next,
            ["Repeat"] = repeat,
        }));
}
