using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>Volunteers sign in and then see the internal contacts the public never sees.</summary>
public class SignInTests
{
    private const string VolunteerPassword = TestAccounts.Password;

    [Fact]
    public async Task A_signed_in_volunteer_sees_the_internal_contact_and_the_public_does_not()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var (slug, contact) = await InitiativeAsync(factory);
        var anonymous = factory.CreateClient();
        var volunteer = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = await TestAccounts.SignInAsync(volunteer, "erika", VolunteerPassword);
        var html = WebUtility.HtmlDecode(await volunteer.GetStringAsync($"/de/ehrenamt/{slug}"));
        var publicHtml = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/de/ehrenamt/{slug}"));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(contact.Email!, html);
        Assert.Contains(contact.Phone!, html);
        Assert.DoesNotContain(contact.Email!, publicHtml);
    }

    [Fact]
    public async Task A_provider_account_does_not_see_internal_contacts()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "traeger", Roles.Provider);
        var (slug, contact) = await InitiativeAsync(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await TestAccounts.SignInAsync(client, "traeger", VolunteerPassword);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/de/ehrenamt/{slug}"));

        Assert.DoesNotContain(contact.Email!, html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_German_and_strangers_cannot_lock_the_account()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var first = await TestAccounts.SignInAsync(client, "erika", "falsch");
        for (var i = 0; i < 20; i++)
        {
            await TestAccounts.SignInAsync(client, "erika", "falsch");
        }

        var owner = await TestAccounts.SignInAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "erika", VolunteerPassword);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Contains("Benutzername oder Passwort stimmen nicht.", await first.Content.ReadAsStringAsync());
        // Wrong passwords are slowed per address (the rate limiter), never by locking the account.
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    public async Task Sign_in_never_redirects_to_another_site(string returnUrl)
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await TestAccounts.SignInAsync(client, "erika", VolunteerPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/de/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var (slug, contact) = await InitiativeAsync(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "erika", VolunteerPassword);

        var token = await TestAccounts.TokenAsync(client, "/konto/anmelden");
        await client.PostAsync("/konto/anmelden?handler=SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/de/ehrenamt/{slug}"));

        Assert.DoesNotContain(contact.Email!, html);
    }

    private static Task<(string Slug, InternalContact Contact)> InitiativeAsync(WegweiserFactory factory) => factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == "demo-sprachpatenschaften-arnstadt");
        return (item.Published!.Translation("de")!.Slug, item.Published.Data.Volunteer!.InternalContact!);
    });
}
