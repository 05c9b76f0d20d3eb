using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Providers;

/// <summary>
/// What a claim refuses: expired and used links, the "no" of the entry's address, the honeypot and
/// the rate limit; claims without an address wait for a publisher, and nothing of them is public.
/// </summary>
public class ClaimRefusalTests
{
    [Fact]
    public async Task Expired_or_used_links_and_spam_give_nobody_access()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo", "sqlite", null, FixedClock.Berlin(2026, 11, 2, 10), SmtpSinkMailbox.SiteSettings());
        var entryAddress = ProviderSite.UniqueAddress("stelle");
        var late = ProviderSite.UniqueAddress("spaet");
        var unwanted = ProviderSite.UniqueAddress("fremd");
        var spammer = ProviderSite.UniqueAddress("spam");
        await ProviderSite.SetAddressAsync(factory, ProviderSite.Service, entryAddress);
        var visitor = ProviderSite.Client(factory);
        var claimPath = $"/de/angebote/{await factory.GermanSlugAsync(ProviderSite.Service)}/uebernehmen";

        // Act
        var spam = await ProviderSite.ClaimAsync(visitor, claimPath, "Spam", spammer, website: "https://spam.example");
        var invalid = await ProviderSite.ClaimAsync(visitor, claimPath, "", "keine-adresse");
        await ProviderSite.ClaimAsync(visitor, claimPath, "Lena Spät", late);
        var lateLink = ProviderSite.ClaimLinkIn((await SmtpSinkMailbox.WaitForAsync(entryAddress)).Single().TextBody);
        factory.Clock!.Now = factory.Clock.Now.AddDays(8);
        var expiredPage = await visitor.GetAsync(lateLink);
        var expiredPost = await ProviderSite.AnswerAsync(visitor, lateLink, "Confirm", claimPath);
        await ProviderSite.ClaimAsync(visitor, claimPath, "Frank Fremd", unwanted);
        var declineLink = ProviderSite.ClaimLinkIn((await SmtpSinkMailbox.WaitForAsync(entryAddress, 2))[1].TextBody);
        var declined = await ProviderSite.AnswerAsync(visitor, declineLink, "Decline", claimPath);
        var confirmAfterDecline = await ProviderSite.AnswerAsync(visitor, declineLink, "Confirm", claimPath);
        var tampered = await visitor.GetAsync(declineLink[..^2] + "xx");
        var rejectedMail = (await SmtpSinkMailbox.WaitForAsync(unwanted)).Single();

        // Assert
        Assert.EndsWith("?gesendet=2", spam.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Bitte geben Sie Ihren Namen an.", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, expiredPage.StatusCode);
        Assert.Contains("abgelaufen", WebUtility.HtmlDecode(await expiredPage.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, expiredPost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, confirmAfterDecline.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("keinen Zugang", rejectedMail.TextBody);
        var claims = await factory.QueryAsync(db => db.EntryClaims.AsNoTracking().OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([EntryClaimState.AwaitingConfirmation, EntryClaimState.Rejected], claims.Select(c => c.State));
        Assert.DoesNotContain(claims, c => c.Email == spammer);
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, late));
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, spammer));
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == late || u.Email == unwanted)));
    }

    [Fact]
    public async Task Without_an_address_a_publisher_decides_and_nothing_of_the_claim_is_public()
    {
        // Arrange
        await using var factory = ProviderSite.Create("sqlite");
        await ProviderSite.SetAddressAsync(factory, ProviderSite.Service, null);
        await ProviderSite.SetAddressAsync(factory, ProviderSite.Organisation, null);
        var approved = ProviderSite.UniqueAddress("ja");
        var rejected = ProviderSite.UniqueAddress("nein");
        var visitor = ProviderSite.Client(factory);
        var slug = await factory.GermanSlugAsync(ProviderSite.Service);
        var clubSlug = await factory.GermanSlugAsync("demo-chor-ilmenau");

        // Act
        var sent = await ProviderSite.ClaimAsync(visitor, $"/de/angebote/{slug}/uebernehmen", "Zyxa Geheimname", approved);
        await ProviderSite.ClaimAsync(visitor, $"/de/angebote/{slug}/uebernehmen", "Quirin Unbekannt", rejected);
        var club = await ProviderSite.ClaimAsync(visitor, $"/ar/vereine/{clubSlug}/uebernehmen", "Chorleiterin", ProviderSite.UniqueAddress("chor"));
        var publicPages = string.Join("\n", await Task.WhenAll(
            visitor.GetStringAsync($"/de/angebote/{slug}"), visitor.GetStringAsync("/de/suche?q=Geheimname"), visitor.GetStringAsync("/sitemap.xml")));
        var anonymousQueue = await visitor.GetAsync("/admin/ansprueche");
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var dashboard = await publisher.GetStringAsync("/admin");
        var moderation = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin/moderation"));
        var queue = await publisher.GetStringAsync("/admin/ansprueche");
        var ids = await factory.QueryAsync(db => db.EntryClaims.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        var approve = await EditorSite.PostAsync(publisher, "/admin/ansprueche?handler=Approve", "/admin/ansprueche", ("id", $"{ids[0]}"));
        var noReason = await EditorSite.PostAsync(publisher, "/admin/ansprueche?handler=Reject", "/admin/ansprueche", ("id", $"{ids[1]}"), ("reason", " "));
        var reject = await EditorSite.PostAsync(publisher, "/admin/ansprueche?handler=Reject", "/admin/ansprueche", ("id", $"{ids[1]}"), ("reason", "Wir kennen Sie nicht."));
        var clubApprove = await EditorSite.PostAsync(publisher, "/admin/ansprueche?handler=Approve", "/admin/ansprueche", ("id", $"{ids[2]}"));

        // Assert
        Assert.EndsWith("?gesendet=2", sent.Headers.Location!.OriginalString);
        Assert.EndsWith("?gesendet=2", club.Headers.Location!.OriginalString);
        Assert.DoesNotContain("Zyxa", publicPages);
        Assert.DoesNotContain("Quirin", publicPages);
        EditorSite.AssertDenied(anonymousQueue);
        Assert.Contains("Moderation – Ansprüche auf Einträge: 3 warten", WebUtility.HtmlDecode(dashboard));
        Assert.Contains("Es warten 3.", moderation);
        Assert.Contains("href=\"/admin/ansprueche\"", moderation);
        Assert.Contains("Zyxa Geheimname", queue);
        Assert.Equal("/admin/ansprueche?ok=angenommen", approve.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("/admin/ansprueche?ok=abgelehnt", reject.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, clubApprove.StatusCode);
        Assert.Contains("keine Organisation", WebUtility.HtmlDecode(await clubApprove.Content.ReadAsStringAsync()));
        Assert.Equal("Ihr Zugang zum Wegweiser", (await SmtpSinkMailbox.WaitForAsync(approved)).Single().Subject);
        Assert.Contains("Wir kennen Sie nicht.", (await SmtpSinkMailbox.WaitForAsync(rejected)).Single().TextBody);
        var audit = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("claim.")).Select(a => new { a.Action, a.UserName }).ToListAsync());
        Assert.Contains(audit, a => a.Action == "claim.approved" && a.UserName == "beauftragte");
        Assert.Contains(audit, a => a.Action == "claim.rejected" && a.UserName == "beauftragte");
        Assert.Null(await factory.QueryAsync(db => db.Users.FirstOrDefaultAsync(u => u.Email == rejected)));
    }

    [Fact]
    public async Task Claims_count_against_the_form_limit()
    {
        await using var factory = ProviderSite.Create("sqlite", new Dictionary<string, string>
        {
            ["Wegweiser:RateLimits:Enabled"] = "true",
            ["Wegweiser:RateLimits:Forms:PermitLimit"] = "1",
        });
        var visitor = ProviderSite.Client(factory);
        var claimPath = $"/de/vereine/{await factory.GermanSlugAsync("demo-chor-ilmenau")}/uebernehmen";

        var first = await ProviderSite.ClaimAsync(visitor, claimPath, "Eins", ProviderSite.UniqueAddress("eins"));
        var second = await ProviderSite.ClaimAsync(visitor, claimPath, "Zwei", ProviderSite.UniqueAddress("zwei"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.EntryClaims.CountAsync()));
    }
}
