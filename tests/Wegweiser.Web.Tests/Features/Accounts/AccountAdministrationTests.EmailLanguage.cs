using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>An account's email language: set by an administrator, audited, and used by the password-reset email.</summary>
public partial class AccountAdministrationTests
{
    [Fact]
    public async Task The_email_language_an_administrator_sets_is_audited_and_the_reset_email_comes_in_German_and_that_language()
    {
        // Arrange
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null, SmtpSinkMailbox.SiteSettings());
        var admin = await AdministratorAsync(factory);
        var name = $"olena{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateAsync(factory, name, Roles.Volunteer);
        var page = $"/admin/konten/{await IdAsync(factory, name)}";

        // Act
        var form = await admin.GetStringAsync(page);
        var unknown = await PostAsync(admin, $"{page}?handler=Role", page, ("Role", "Volunteer"), ("Language", "xx"));
        var unknownHtml = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        var claimsAfterUnknown = await LanguageClaimsAsync(factory, name);
        var saved = await PostAsync(admin, $"{page}?handler=Role", page, ("Role", "Volunteer"), ("Language", "uk"));
        var shown = await admin.GetStringAsync(page);
        var visitor = factory.CreateClient(NoRedirects);
        var requested = await PostAsync(visitor, "/konto/passwort-vergessen", "/konto/passwort-vergessen", ("Email", $"{name}@example.org"));
        var mail = Assert.Single(await SmtpSinkMailbox.WaitForAsync($"{name}@example.org"));

        // Assert: the form offers the choice with a label, bad input changes nothing
        Assert.Contains("<label for=\"a-Language\">Sprache der E-Mails</label>", form);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Diese Sprache gibt es auf der Website nicht.", unknownHtml);
        Assert.Empty(claimsAfterUnknown);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<option value=\"uk\" lang=\"uk\" selected=\"selected\">", shown);
        Assert.Equal(["uk"], await LanguageClaimsAsync(factory, name));
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "account.role").OrderBy(a => a.Id).ToListAsync());
        Assert.Contains("\"language\":\"uk\"", Assert.Single(audit).Details);
        // The email: German first, then Ukrainian, the same link in both
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Equal("Neues Passwort für den Wegweiser / Новий пароль для Wegweiser", mail.Subject);
        var body = mail.TextBody;
        Assert.True(body.IndexOf("Guten Tag", StringComparison.Ordinal) < body.IndexOf("Добрий день", StringComparison.Ordinal), body);
        var links = System.Text.RegularExpressions.Regex.Matches(body, @"https?://\S+/konto/passwort-neu\S+").Select(m => m.Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(links[0], links[1]);
        Assert.Contains($"„{name}“", body[body.IndexOf("Добрий день", StringComparison.Ordinal)..]);
    }

    private static Task<List<string>> LanguageClaimsAsync(WegweiserFactory factory, string name) => factory.QueryAsync(db =>
        (from c in db.UserClaims join u in db.Users on c.UserId equals u.Id where u.UserName == name && c.ClaimType == AccountLanguage.ClaimType select c.ClaimValue!).ToListAsync());
}
