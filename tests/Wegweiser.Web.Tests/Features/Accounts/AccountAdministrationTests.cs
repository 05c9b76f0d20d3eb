using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>
/// <c>/admin/konten</c>: administrators create accounts, change role, languages and organisation
/// links, disable and re-enable accounts and reset the second factor; every change is audited
/// and bad input changes nothing.
/// </summary>
public partial class AccountAdministrationTests
{
    private static WebApplicationFactoryClientOptions NoRedirects => new() { AllowAutoRedirect = false };

    [Fact]
    public async Task An_administrator_creates_an_editor_who_then_signs_in_and_is_led_to_two_factor()
    {
        // Arrange
        await using var factory = new WegweiserFactory("blank");
        var admin = await AdministratorAsync(factory);

        // Act
        var created = await PostAsync(admin, "/admin/konten/neu", "/admin/konten/neu", ("Name", "neue.redaktion"), ("Email", "neue.redaktion@example.org"), ("Role", "Editor"));
        var html = await created.Content.ReadAsStringAsync();
        var password = Password().Match(html).Groups[1].Value;
        var list = await admin.GetStringAsync("/admin/konten");
        var newcomer = factory.CreateClient(NoRedirects);
        var signIn = await TestAccounts.SignInAsync(newcomer, "neue.redaktion", password, "/admin");
        var listAfter = await admin.GetStringAsync("/admin/konten");

        // Assert
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl!.NoStore);
        Assert.True(password.Length >= 12, html);
        Assert.Contains("neue.redaktion@example.org", list);
        Assert.Contains("<td>Redaktion</td>", list);
        Assert.Contains("noch nie", list);
        Assert.Equal("/konto/zwei-faktor?ReturnUrl=%2Fadmin", signIn.Headers.Location!.OriginalString);
        Assert.DoesNotContain("noch nie", Row(listAfter, "neue.redaktion"));
        var audit = await factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "account.created"));
        Assert.Equal("chefin", audit.UserName);
        Assert.Contains("neue.redaktion", audit.Details);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_summary_and_creates_nothing()
    {
        await using var factory = new WegweiserFactory("blank");
        var admin = await AdministratorAsync(factory);
        var before = await factory.QueryAsync(db => db.Users.CountAsync());

        var refused = await PostAsync(admin, "/admin/konten/neu", "/admin/konten/neu", ("Name", " "), ("Email", "keine-adresse"), ("Role", "Chef"), ("Organisations", "gibtsnicht"));
        var html = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var taken = await PostAsync(admin, "/admin/konten/neu", "/admin/konten/neu", ("Name", "chefin"), ("Email", "andere@example.org"), ("Role", "Editor"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Es wurde nichts geändert.", html);
        Assert.Contains("<a href=\"#a-Name\">Bitte schreiben Sie einen Benutzernamen.</a>", html);
        Assert.Contains("Bitte schreiben Sie eine gültige E-Mail-Adresse.", html);
        Assert.Contains("Bitte wählen Sie eine Rolle.", html);
        Assert.Contains("Diese Organisation gibt es nicht.", html);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"err-Name\"", html);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action.StartsWith("account."))));
    }

    [Fact]
    public async Task Role_languages_and_organisations_change_and_each_change_is_audited()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:Cultures:0"] = "de", ["Wegweiser:Cultures:1"] = "ar", ["Wegweiser:Cultures:2"] = "uk" });
        var admin = await AdministratorAsync(factory);
        await TestAccounts.CreateAsync(factory, "helfer", Roles.Volunteer);
        var id = await IdAsync(factory, "helfer");
        var page = $"/admin/konten/{id}";

        var translator = await PostAsync(admin, $"{page}?handler=Role", page, ("Role", "Translator"), ("Cultures", "ar"), ("Cultures", "uk"));
        var provider = await PostAsync(admin, $"{page}?handler=Role", page, ("Role", "Provider"), ("Cultures", "ar"));
        var linked = await PostAsync(admin, $"{page}?handler=Organisations", page, ("Organisations", "demo-sprachschule-arnstadt"));
        var unknown = await PostAsync(admin, $"{page}?handler=Organisations", page, ("Organisations", "gibtsnicht"));
        var shown = await admin.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, translator.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, provider.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("value=\"demo-sprachschule-arnstadt\" checked=\"checked\"", shown);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = (await users.FindByNameAsync("helfer"))!;
        Assert.Equal([Roles.Provider], await users.GetRolesAsync(user));
        var claims = await users.GetClaimsAsync(user);
        Assert.Equal(["ar"], claims.Where(c => c.Type == "wegweiser:culture").Select(c => c.Value));
        Assert.Equal(["demo-sprachschule-arnstadt"], claims.Where(c => c.Type == EditorPermissions.OrganisationClaim).Select(c => c.Value));
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("account.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["account.role", "account.role", "account.organisations"], actions);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_its_session_ends_and_it_can_be_enabled_again()
    {
        // Arrange: the site's clock, so the minutely check of the security stamp can come round.
        await using var factory = new WegweiserFactory("blank", now: DateTimeOffset.UtcNow);
        var admin = await AdministratorAsync(factory);
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var editor = factory.CreateClient(NoRedirects);
        await TestAccounts.SignInAsync(editor, "redaktion");
        var id = await IdAsync(factory, "redaktion");
        var page = $"/admin/konten/{id}";

        // Act
        var disabled = await PostAsync(admin, $"{page}?handler=Disable", page);
        factory.Clock!.Now += TimeSpan.FromMinutes(2);
        var session = await editor.GetAsync("/admin");
        var again = await TestAccounts.SignInAsync(factory.CreateClient(NoRedirects), "redaktion");
        var list = await admin.GetStringAsync("/admin/konten");
        var enabled = await PostAsync(admin, $"{page}?handler=Enable", page);
        var afterEnable = await TestAccounts.SignInAsync(factory.CreateClient(NoRedirects), "redaktion");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.StartsWith("/konto/anmelden", session.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Dieses Konto ist gesperrt.", await again.Content.ReadAsStringAsync());
        Assert.Contains("<td>gesperrt</td>", Row(list, "redaktion"));
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterEnable.StatusCode);
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("account.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["account.disabled", "account.enabled"], actions);
    }

    [Fact]
    public async Task Resetting_two_factor_ends_the_session_and_leads_to_the_setup_at_the_next_sign_in()
    {
        await using var factory = new WegweiserFactory("blank", now: DateTimeOffset.UtcNow);
        var admin = await AdministratorAsync(factory);
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var editor = factory.CreateClient(NoRedirects);
        await TestAccounts.SignInAsync(editor, "redaktion");
        var id = await IdAsync(factory, "redaktion");

        var reset = await PostAsync(admin, $"/admin/konten/{id}?handler=ResetTwoFactor", $"/admin/konten/{id}");
        factory.Clock!.Now += TimeSpan.FromMinutes(2);
        var session = await editor.GetAsync("/admin");
        var signIn = await TestAccounts.SignInAsync(factory.CreateClient(NoRedirects), "redaktion", returnUrl: "/admin");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.StartsWith("/konto/anmelden", session.Headers.Location!.OriginalString);
        Assert.Equal("/konto/zwei-faktor?ReturnUrl=%2Fadmin", signIn.Headers.Location!.OriginalString);
        Assert.False(await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "redaktion").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "account.two-factor-reset" && a.UserName == "chefin")));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_or_demote_their_own_account()
    {
        await using var factory = new WegweiserFactory("blank");
        var admin = await AdministratorAsync(factory);
        var page = $"/admin/konten/{await IdAsync(factory, "chefin")}";

        var disable = await PostAsync(admin, $"{page}?handler=Disable", page);
        var demote = await PostAsync(admin, $"{page}?handler=Role", page, ("Role", "Editor"));

        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Contains("Ihr eigenes Konto können Sie hier nicht sperren", System.Net.WebUtility.HtmlDecode(await disable.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/konten")).StatusCode);
    }

    [Fact]
    public async Task Disabling_and_the_last_sign_in_work_on_PostgreSQL()
    {
        await using var factory = new WegweiserFactory("blank", "postgres");
        var admin = await AdministratorAsync(factory);
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var page = $"/admin/konten/{await IdAsync(factory, "redaktion")}";

        var disabled = await PostAsync(admin, $"{page}?handler=Disable", page);
        var signIn = await TestAccounts.SignInAsync(factory.CreateClient(NoRedirects), "redaktion");
        var list = await admin.GetStringAsync("/admin/konten");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("<td>gesperrt</td>", Row(list, "redaktion"));
        Assert.DoesNotContain("noch nie", Row(list, "chefin"));
    }

    private static async Task<HttpClient> AdministratorAsync(WegweiserFactory factory)
    {
        await TestAccounts.CreateAsync(factory, "chefin", Roles.Administrator);
        var client = factory.CreateClient(NoRedirects);
        Assert.Equal(HttpStatusCode.Redirect, (await TestAccounts.SignInAsync(client, "chefin")).StatusCode);
        return client;
    }

    private static Task<string> IdAsync(WegweiserFactory factory, string name) =>
        factory.QueryAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string tokenFrom, params (string Key, string Value)[] fields)
    {
        var token = await TestAccounts.TokenAsync(client, tokenFrom);
        return await client.PostAsync(url, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>The table row of one account in the list.</summary>
    private static string Row(string html, string name) =>
        Regex.Match(html, $"<tr>\\s*<th scope=\"row\"><a [^>]+>{Regex.Escape(name)}</a></th>.*?</tr>", RegexOptions.Singleline).Value;

    [GeneratedRegex("id=\"new-password\" dir=\"ltr\">([^<]+)<")]
    private static partial Regex Password();
}
