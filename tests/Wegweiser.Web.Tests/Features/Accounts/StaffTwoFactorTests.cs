using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>
/// Every staff role that reads unpublished text or visitors' data (administrator, publisher,
/// editor, translator) needs a session that signed in with the second factor; the roles are
/// configurable.
/// </summary>
public class StaffTwoFactorTests
{
    private const string Draft = "demo-entwurf-laufgruppe-martinroda";

    private static WebApplicationFactoryClientOptions NoRedirects => new() { AllowAutoRedirect = false };

    [Theory]
    [InlineData(Roles.Editor, "/admin/eintraege")]
    [InlineData(Roles.Translator, "/admin/uebersetzungen")]
    public async Task Staff_without_two_factor_are_sent_to_set_it_up_before_any_admin_page(string role, string url)
    {
        // Arrange
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateWithoutTwoFactorAsync(factory, "mitarbeit", role);
        var client = factory.CreateClient(NoRedirects);

        // Act
        var signIn = await TestAccounts.SignInAsync(client, "mitarbeit", returnUrl: url);
        var page = await client.GetAsync(url);

        // Assert
        Assert.Equal($"/konto/zwei-faktor?ReturnUrl={Uri.EscapeDataString(url)}", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"/konto/zwei-faktor?ReturnUrl={Uri.EscapeDataString(url)}", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_editor_signed_in_with_the_code_reads_drafts()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = factory.CreateClient(NoRedirects);

        var signIn = await TestAccounts.SignInAsync(client, "redaktion", returnUrl: $"/admin/eintraege/{Draft}");
        var draft = await client.GetAsync($"/admin/eintraege/{Draft}");

        Assert.Equal($"/admin/eintraege/{Draft}", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
    }

    [Fact]
    public async Task A_session_from_the_password_alone_must_sign_in_again_even_when_the_account_has_two_factor_on()
    {
        // Arrange: signed in while the account had no second factor; it is switched on later.
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateWithoutTwoFactorAsync(factory, "redaktion", Roles.Editor);
        var client = factory.CreateClient(NoRedirects);
        await TestAccounts.SignInAsync(client, "redaktion");
        await TestAccounts.EnableTwoFactorAsync(factory, "redaktion");

        // Act
        var draft = await client.GetAsync($"/admin/eintraege/{Draft}");
        var again = await client.GetAsync("/admin");

        // Assert: sent to sign in with the code, and signed out meanwhile.
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal($"/konto/anmelden?ReturnUrl={Uri.EscapeDataString($"/admin/eintraege/{Draft}")}", draft.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/konto/anmelden", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Setting_it_up_counts_as_the_second_factor_of_this_session()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateWithoutTwoFactorAsync(factory, "uebersetzung", Roles.Translator);
        var client = factory.CreateClient(NoRedirects);
        await TestAccounts.SignInAsync(client, "uebersetzung");
        var setup = await client.GetStringAsync("/konto/zwei-faktor");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "id=\"tf-key\"[^>]*>([a-z2-7 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        var enabled = await client.PostAsync("/konto/zwei-faktor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/zwei-faktor"),
            ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow),
        }));
        var dashboard = await client.GetAsync("/admin/uebersetzungen");

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task The_roles_that_need_it_are_configurable()
    {
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:Accounts:RequireTwoFactorFor"] = "Administrator, Publisher" });
        await TestAccounts.CreateWithoutTwoFactorAsync(factory, "redaktion", Roles.Editor);
        var client = factory.CreateClient(NoRedirects);

        var signIn = await TestAccounts.SignInAsync(client, "redaktion", returnUrl: "/admin");
        var admin = await client.GetAsync("/admin");

        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public void An_unknown_role_in_the_setting_stops_the_start_with_its_name()
    {
        using var factory = new WegweiserFactory("blank", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:Accounts:RequireTwoFactorFor"] = "Administrator,Chefredaktion" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Wegweiser:Accounts:RequireTwoFactorFor", error.Message);
    }
}
