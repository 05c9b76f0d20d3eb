using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Providers;

/// <summary>
/// The provider's start page: its own entries only, "Stimmt noch" recorded as the review round's
/// answer is, invitations by email and removing access; another organisation's entries and
/// members are out of reach, whatever the URL or form says.
/// </summary>
public class ProviderHomeTests
{
    private const string Own = "demo-integrationskurs-a1-arnstadt";
    private const string School = "demo-sprachschule-arnstadt";

    [Fact]
    public async Task A_provider_confirms_its_entries_invites_and_removes_but_reaches_no_other_organisation()
    {
        // Arrange
        await using var factory = ProviderSite.Create("sqlite");
        var provider = await EditorSite.SignedInAsync(factory, "sprachschule", Roles.Provider, School);
        var invited = ProviderSite.UniqueAddress("kollegin");
        var outsider = ProviderSite.UniqueAddress("aussen");
        var otherBefore = (await EditorSite.ItemAsync(factory, ProviderSite.Service)).Published!.LastReviewedOn;
        const string home = "/admin/anbieter";

        // Act
        var page = await provider.GetStringAsync(home);
        var confirmed = await EditorSite.PostAsync(provider, $"{home}?handler=Confirm", home, ("key", Own));
        var confirmOther = await EditorSite.PostAsync(provider, $"{home}?handler=Confirm", home, ("key", ProviderSite.Service));
        var editOther = await provider.GetAsync($"/admin/eintraege/{ProviderSite.Service}");
        var newEvent = await provider.GetAsync("/admin/eintraege/neu?typ=Event");
        var invite = await EditorSite.PostAsync(provider, $"{home}?handler=Invite", home, ("organisation", School), ("email", invited));
        var inviteOther = await EditorSite.PostAsync(provider, $"{home}?handler=Invite", home, ("organisation", ProviderSite.Organisation), ("email", outsider));
        var mail = (await SmtpSinkMailbox.WaitForAsync(invited)).Single();
        var members = await provider.GetStringAsync(home);
        var invitedId = await factory.QueryAsync(db => db.Users.Where(u => u.Email == invited).Select(u => u.Id).SingleAsync());
        var myId = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "sprachschule").Select(u => u.Id).SingleAsync());
        var removeOther = await EditorSite.PostAsync(provider, $"{home}?handler=Remove", home, ("organisation", ProviderSite.Organisation), ("member", invitedId));
        var removed = await EditorSite.PostAsync(provider, $"{home}?handler=Remove", home, ("organisation", School), ("member", invitedId));
        var removeLast = await EditorSite.PostAsync(provider, $"{home}?handler=Remove", home, ("organisation", School), ("member", myId));

        // Assert
        Assert.Contains($"href=\"/admin/eintraege/{Own}\"", page);
        Assert.DoesNotContain($"href=\"/admin/eintraege/{ProviderSite.Service}\"", page);
        Assert.Equal($"{home}?ok=geprueft", confirmed.Headers.Location!.OriginalString);
        var own = await EditorSite.ItemAsync(factory, Own);
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Berlin")), own.Published!.LastReviewedOn);
        var audit = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ItemId == own.Id && a.Action == "review.provider-confirmed").Select(a => a.UserName).ToListAsync());
        Assert.Equal(["sprachschule"], audit);
        Assert.Equal(HttpStatusCode.NotFound, confirmOther.StatusCode);
        Assert.Equal(otherBefore, (await EditorSite.ItemAsync(factory, ProviderSite.Service)).Published!.LastReviewedOn);
        EditorSite.AssertDenied(editOther);
        Assert.Equal(HttpStatusCode.OK, newEvent.StatusCode);
        Assert.Equal($"{home}?ok=eingeladen", invite.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, inviteOther.StatusCode);
        Assert.Contains("/konto/passwort-neu?", mail.TextBody);
        Assert.Contains(invited, members);
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, outsider));
        Assert.Equal(HttpStatusCode.NotFound, removeOther.StatusCode);
        Assert.Equal($"{home}?ok=entfernt", removed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, removeLast.StatusCode);
        Assert.Contains("letzte Person", WebUtility.HtmlDecode(await removeLast.Content.ReadAsStringAsync()));
        var links = await factory.QueryAsync(db => db.UserClaims.AsNoTracking().Where(c => c.ClaimType == StaffClaims.Organisation).Select(c => new { c.UserId, c.ClaimValue }).ToListAsync());
        Assert.DoesNotContain(links, l => l.UserId == invitedId);
        Assert.Contains(links, l => l.UserId == myId && l.ClaimValue == School);
    }

    [Fact]
    public async Task A_provider_hears_by_email_when_a_publisher_sends_its_draft_back_with_a_comment()
    {
        // Arrange
        await using var factory = ProviderSite.Create("sqlite");
        var address = ProviderSite.UniqueAddress("schule");
        var provider = await EditorSite.SignedInAsync(factory, "sprachschule2", Roles.Provider, School);
        await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "sprachschule2");
            user.Email = address;
            user.NormalizedEmail = address.ToUpperInvariant();
            return await db.SaveChangesAsync();
        });
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var entry = $"/admin/eintraege/{Own}";

        // Act
        var form = await FormFields.ReadAsync(provider, entry);
        var saved = await form.Set("Input.Title", "Integrationskurs A1 Arnstadt – neue Zeiten").PostAsync(provider, entry);
        var submitted = await EditorSite.PostAsync(provider, $"{entry}?handler=Submit", entry);
        var sentBack = await EditorSite.PostAsync(publisher, $"{entry}?handler=SendBack", entry, ("kommentar", "Bitte nennen Sie die neuen Kurszeiten."));
        var mail = (await SmtpSinkMailbox.WaitForAsync(address)).Single();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Equal("Rückfrage zu Ihrer Änderung", mail.Subject);
        Assert.Contains("Bitte nennen Sie die neuen Kurszeiten.", mail.TextBody);
        Assert.Contains("/admin/anbieter", mail.TextBody);
    }

    [Fact]
    public async Task Inviting_a_staff_address_gives_the_neutral_answer_and_leaves_the_staff_account_alone()
    {
        // Arrange
        await using var factory = ProviderSite.Create("sqlite");
        var provider = await EditorSite.SignedInAsync(factory, "sprachschule3", Roles.Provider, School);
        var staffAddress = ProviderSite.UniqueAddress("redaktion");
        var otherAddress = ProviderSite.UniqueAddress("kollege");
        await TestAccounts.CreateAsync(factory, "redakteurin", Roles.Editor);
        await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "redakteurin");
            user.Email = staffAddress;
            user.NormalizedEmail = staffAddress.ToUpperInvariant();
            return await db.SaveChangesAsync();
        });
        var staffId = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "redakteurin").Select(u => u.Id).SingleAsync());
        const string home = "/admin/anbieter";

        // Act
        var staff = await EditorSite.PostAsync(provider, $"{home}?handler=Invite", home, ("organisation", School), ("email", staffAddress));
        var other = await EditorSite.PostAsync(provider, $"{home}?handler=Invite", home, ("organisation", School), ("email", otherAddress));
        await SmtpSinkMailbox.WaitForAsync(otherAddress);
        var members = await provider.GetStringAsync(home);

        // Assert: the same answer for both; the staff account has no link, no new role and no email
        Assert.Equal($"{home}?ok=eingeladen", staff.Headers.Location!.OriginalString);
        Assert.Equal(staff.Headers.Location!.OriginalString, other.Headers.Location!.OriginalString);
        Assert.DoesNotContain(staffAddress, members);
        var claims = await factory.QueryAsync(db => db.UserClaims.AsNoTracking().Where(c => c.UserId == staffId && c.ClaimType == StaffClaims.Organisation).CountAsync());
        Assert.Equal(0, claims);
        var roles = await factory.QueryAsync(db => db.UserRoles.AsNoTracking().Where(r => r.UserId == staffId)
            .Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => role.Name).ToListAsync());
        Assert.Equal([Roles.Editor], roles);
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, staffAddress));
        await factory.DisposeAsync(); // flushes the log
        var logs = string.Join("\n", System.IO.Directory.GetFiles(Path.Combine(factory.DataFolder, "logs")).Select(ReadShared));
        Assert.Contains("not a provider's", logs);
        Assert.DoesNotContain(staffAddress, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(staffAddress.Split('@')[0], logs, StringComparison.OrdinalIgnoreCase);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
