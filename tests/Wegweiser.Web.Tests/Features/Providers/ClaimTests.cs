using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Providers;

/// <summary>
/// "Ist das Ihr Angebot?" end to end over the real SMTP sink: a visitor claims a service, the
/// entry's own address confirms, the claimant sets a password, signs in (no second factor for
/// providers), edits the entry as a draft while the published text stays live, and a publisher
/// approves the draft. On SQLite and PostgreSQL.
/// </summary>
public class ClaimTests
{
    private const string Password = "Anbieter-Passwort-2027!";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_claim_confirmed_by_the_entrys_address_gives_a_provider_account_that_edits_as_draft(string provider)
    {
        // Arrange
        await using var factory = ProviderSite.Create(provider);
        var entryAddress = ProviderSite.UniqueAddress("stelle");
        var claimant = ProviderSite.UniqueAddress("leiterin");
        await ProviderSite.SetAddressAsync(factory, ProviderSite.Service, entryAddress);
        var visitor = ProviderSite.Client(factory);
        var slug = await factory.GermanSlugAsync(ProviderSite.Service);
        var before = await EditorSite.ItemAsync(factory, ProviderSite.Service);
        var oldTitle = before.Published!.Translation("de")!.Title;

        // Act: claim and confirm
        var detail = await visitor.GetStringAsync($"/de/angebote/{slug}");
        var sent = await ProviderSite.ClaimAsync(visitor, $"/de/angebote/{slug}/uebernehmen", "Erika Muster", claimant);
        var confirmMail = (await SmtpSinkMailbox.WaitForAsync(entryAddress)).Single();
        var link = ProviderSite.ClaimLinkIn(confirmMail.TextBody);
        var shown = await visitor.GetAsync(link);
        var confirmed = await ProviderSite.AnswerAsync(visitor, link, "Confirm", $"/de/angebote/{slug}/uebernehmen");
        var reused = await ProviderSite.AnswerAsync(visitor, link, "Confirm", $"/de/angebote/{slug}/uebernehmen");
        var accessMail = (await SmtpSinkMailbox.WaitForAsync(claimant)).Single();

        // Act: the provider sets a password, signs in and edits
        var owner = ProviderSite.Client(factory);
        var set = await ProviderSite.SetPasswordAsync(owner, ProviderSite.PasswordLinkIn(accessMail.TextBody), Password);
        var signIn = await TestAccounts.SignInAsync(owner, claimant, Password);
        var home = await owner.GetStringAsync("/admin/anbieter");
        var form = await FormFields.ReadAsync(owner, $"/admin/eintraege/{ProviderSite.Service}");
        var saved = await form.Set("Input.Title", "Migrationsberatung Arnstadt – jetzt auch samstags").PostAsync(owner, $"/admin/eintraege/{ProviderSite.Service}");
        var submitted = await EditorSite.PostAsync(owner, $"/admin/eintraege/{ProviderSite.Service}?handler=Submit", $"/admin/eintraege/{ProviderSite.Service}");
        var publicWhileDraft = await visitor.GetStringAsync($"/de/angebote/{slug}");
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var dashboardWhileDraft = System.Net.WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin"));
        var published = await EditorSite.PublishAsync(publisher, ProviderSite.Service);
        var dashboardAfter = System.Net.WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin"));
        var decisionMail = (await SmtpSinkMailbox.WaitForAsync(claimant, count: 2)).Single(m => m.Subject == "Ihre Änderung ist veröffentlicht");
        var publicAfter = await visitor.GetStringAsync($"/de/angebote/{slug}");

        // Assert
        Assert.Contains("Ist das Ihr Angebot?", detail);
        Assert.Contains("Moderation – Entwürfe von Anbietern: 1 warten", dashboardWhileDraft);
        Assert.Contains("Moderation – Entwürfe von Anbietern: nichts wartet", dashboardAfter);
        Assert.Contains("jetzt auch samstags", decisionMail.TextBody);
        Assert.Contains("/admin/anbieter", decisionMail.TextBody);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.EndsWith("?gesendet=1", sent.Headers.Location!.OriginalString);
        Assert.Contains("Erika Muster", confirmMail.TextBody);
        Assert.Contains(oldTitle, confirmMail.TextBody);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("no-referrer", shown.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Erika Muster", await shown.Content.ReadAsStringAsync());
        Assert.Contains("Die Person bekommt jetzt eine E-Mail", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("nicht mehr gültig", WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()));
        Assert.Equal("Ihr Zugang zum Wegweiser", accessMail.Subject);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain(SignInCodeModel.Path, signIn.Headers.Location!.OriginalString);
        Assert.Contains(Html.Encode(oldTitle), home);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains(Html.Encode(oldTitle), publicWhileDraft);
        Assert.DoesNotContain("samstags", publicWhileDraft);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("jetzt auch samstags", publicAfter);
        var claim = await factory.QueryAsync(db => db.EntryClaims.AsNoTracking().SingleAsync());
        Assert.Equal(EntryClaimState.Approved, claim.State);
        Assert.Null(claim.TokenHash);
        Assert.Equal(ProviderSite.Organisation, claim.OrganisationKey);
        var actions = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Select(a => a.Action).ToListAsync());
        Assert.Contains("claim.confirmed", actions);
        Assert.Contains("claim.approved", actions);
    }
}
