using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>
/// "Passwort vergessen?" end to end: the site sends the link over SMTP to the real sink that
/// tests/run.sh starts, the test reads the .eml, follows the link and signs in with the new password.
/// </summary>
public partial class PasswordResetTests
{
    private const string NewPassword = "Neues-Passwort-2027!";

    [Fact]
    public async Task A_person_resets_the_password_with_the_emailed_link_and_signs_in_with_the_new_one()
    {
        // Arrange
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null, SmtpSinkMailbox.SiteSettings());
        var name = $"erika{Guid.NewGuid():N}"[..20];
        await TestAccounts.CreateAsync(factory, name, Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var nobody = $"niemand{Guid.NewGuid():N}@example.org";
        var unknown = await RequestAsync(client, nobody);
        var known = await RequestAsync(client, $"{name}@example.org");
        var mail = (await SmtpSinkMailbox.WaitForAsync($"{name}@example.org")).Single();
        var link = new Uri(LinkIn(mail.TextBody));
        var form = await client.GetAsync(link.PathAndQuery);
        var reset = await SetAsync(client, link.PathAndQuery, NewPassword, NewPassword);
        var again = await SetAsync(client, link.PathAndQuery, "Noch-ein-Passwort-2028!", "Noch-ein-Passwort-2028!");
        var oldPassword = await TestAccounts.SignInAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), name);
        var newPassword = await TestAccounts.SignInAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), name, NewPassword);

        // Assert: the same neutral answer whether or not the address has an account
        Assert.Equal(Neutral(await unknown.Content.ReadAsStringAsync()), Neutral(await known.Content.ReadAsStringAsync()));
        Assert.Contains("Wenn zu dieser E-Mail-Adresse ein Konto gehört", WebUtility.HtmlDecode(await known.Content.ReadAsStringAsync()));
        Assert.Equal("Neues Passwort für den Wegweiser", mail.Subject);
        Assert.Contains("Der Link gilt 2 Stunden", mail.TextBody);
        Assert.Equal("/konto/passwort-neu", link.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("no-referrer", form.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/konto/anmelden?passwort=neu", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Der Link ist nicht mehr gültig", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, nobody));
        AssertLogsHoldNoSecrets(factory, link, $"{name}@example.org");
    }

    [Fact]
    public async Task A_tampered_link_is_refused_in_German_and_changes_nothing()
    {
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null, SmtpSinkMailbox.SiteSettings());
        var name = $"karl{Guid.NewGuid():N}"[..20];
        await TestAccounts.CreateAsync(factory, name, Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await RequestAsync(client, $"{name}@example.org");
        var link = new Uri(LinkIn((await SmtpSinkMailbox.WaitForAsync($"{name}@example.org")).Single().TextBody));
        var tampered = Regex.Replace(link.PathAndQuery, "code=(.)", m => "code=" + (m.Groups[1].Value == "A" ? "B" : "A"));
        var shown = await client.GetAsync(tampered);
        var posted = await SetAsync(client, tampered, NewPassword, NewPassword);
        var oldPassword = await TestAccounts.SignInAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), name);

        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        Assert.Contains("Der Link ist nicht mehr gültig", WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Ihr Passwort ist nicht geändert", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, oldPassword.StatusCode);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_changes_nothing()
    {
        // Identity checks the token's age against the system clock, so this site gets a lifespan
        // of one second instead of a clock moved by two hours.
        await using var site = new WegweiserFactory("blank", "sqlite", null, null, SmtpSinkMailbox.SiteSettings());
        await using var factory = site.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromSeconds(1))));
        var name = $"olga{Guid.NewGuid():N}"[..20];
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.CreateAsync(new IdentityUser { UserName = name, Email = $"{name}@example.org" }, TestAccounts.Password)).Succeeded);
        }

        await RequestAsync(client, $"{name}@example.org");
        var link = new Uri(LinkIn((await SmtpSinkMailbox.WaitForAsync($"{name}@example.org")).Single().TextBody));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var posted = await SetAsync(client, link.PathAndQuery, NewPassword, NewPassword);
        var oldPassword = await TestAccounts.SignInAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), name);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Der Link ist nicht mehr gültig", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, oldPassword.StatusCode);
    }

    [Fact]
    public async Task Reset_links_live_two_hours()
    {
        await using var factory = new WegweiserFactory("blank");
        factory.CreateClient();

        var lifespan = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan;

        Assert.Equal(TimeSpan.FromHours(2), lifespan);
    }

    [Fact]
    public async Task The_new_password_must_follow_the_rules()
    {
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null, SmtpSinkMailbox.SiteSettings());
        var name = $"ali{Guid.NewGuid():N}"[..20];
        await TestAccounts.CreateAsync(factory, name, Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await RequestAsync(client, $"{name}@example.org");
        var link = new Uri(LinkIn((await SmtpSinkMailbox.WaitForAsync($"{name}@example.org")).Single().TextBody));
        var tooShort = await SetAsync(client, link.PathAndQuery, "kurz", "kurz");
        var notSame = await SetAsync(client, link.PathAndQuery, NewPassword, NewPassword + "x");
        var html = await tooShort.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("mindestens 12 Zeichen", html);
        Assert.Contains("aria-describedby=\"pw-rules err-new\"", html);
        Assert.Contains("nicht gleich", WebUtility.HtmlDecode(await notSame.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_reset()
    {
        await using var factory = new WegweiserFactory("blank");

        var html = await factory.CreateClient().GetStringAsync("/konto/anmelden");

        Assert.Contains("href=\"/konto/passwort-vergessen\"", html);
    }

    private static async Task<HttpResponseMessage> RequestAsync(HttpClient client, string email) =>
        await client.PostAsync("/konto/passwort-vergessen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/passwort-vergessen"),
            ["Email"] = email,
        }));

    private static async Task<HttpResponseMessage> SetAsync(HttpClient client, string pathAndQuery, string password, string repeat)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + pathAndQuery).Query);
        return await client.PostAsync("/konto/passwort-neu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/passwort-vergessen"),
            ["konto"] = query["konto"] ?? "",
            ["code"] = query["code"] ?? "",
            ["New"] = password,
            ["Repeat"] = repeat,
        }));
    }

    internal static string LinkIn(string text) => Link().Match(text).Value;

    /// <summary>The page without its form token, which differs per response.</summary>
    private static string Neutral(string html) => FormToken().Replace(html, "");

    private static void AssertLogsHoldNoSecrets(WegweiserFactory factory, Uri link, string email)
    {
        var code = System.Web.HttpUtility.ParseQueryString(link.Query)["code"]!;
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(factory.DataFolder, "logs")))
        {
            using var stream = new System.IO.FileStream(file, System.IO.FileMode.Open, System.IO.FileAccess.Read, System.IO.FileShare.ReadWrite);
            var log = new StreamReader(stream).ReadToEnd();
            Assert.DoesNotContain(code[..20], log);
            Assert.DoesNotContain(email, log, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("/konto/passwort-neu", log);
        }
    }

    [GeneratedRegex(@"https?://\S+/konto/passwort-neu\?\S+")]
    private static partial Regex Link();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex FormToken();
}
