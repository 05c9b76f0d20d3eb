using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Registrations;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Registration;

/// <summary>
/// The whole path of a club that enters itself, on SQLite and on PostgreSQL: form → preview → sent →
/// confirmation link through the real SMTP sink → entry in review in the moderation queue (invisible
/// to the public everywhere) → a publisher approves → public, and the contact person gets the emails.
/// </summary>
public abstract class RegistrationPathTests(string provider)
{
    public sealed class OnSqlite() : RegistrationPathTests("sqlite");

    public sealed class OnPostgres() : RegistrationPathTests("postgres");

    [Fact]
    public async Task A_club_registers_confirms_its_address_is_approved_and_is_public()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo", provider, null, null, SmtpSinkMailbox.SiteSettings());
        var visitor = factory.CreateClient(new() { AllowAutoRedirect = false });
        var title = $"Tischtennis Gehren {Guid.NewGuid().ToString("N")[..6]}";
        var fields = await RegistrationForm.ValidAsync(factory, title);
        var contact = fields["Input.ContactEmail"];

        // Act: preview, then send what the preview carries
        var preview = await RegistrationForm.PostAsync(visitor, fields, "Preview");
        var previewHtml = await preview.Content.ReadAsStringAsync();
        var sent = await visitor.PostAsync("/de/eintragen", new FormUrlEncodedContent(RegistrationForm.PreviewFields(previewHtml)));

        // Assert: nothing reached the editors before the confirmation
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(Html.Encode(title), previewHtml);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/de/eintragen?gesendet=1", sent.Headers.Location!.OriginalString);
        Assert.Contains(Html.Encode("Fast geschafft!"), await visitor.GetStringAsync(sent.Headers.Location));
        var stored = await factory.QueryAsync(db => db.Registrations.AsNoTracking().SingleAsync());
        Assert.Equal(RegistrationState.Unconfirmed, stored.State);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.Null(stored.ItemId);
        Assert.Equal(0, await factory.QueryAsync(db => db.ContentTranslations.CountAsync(t => t.Title == title)));

        // Act: the link in the email
        var link = await RegistrationForm.ConfirmLinkAsync(contact);
        var confirmPage = await visitor.GetStringAsync(link);
        var confirmed = await RegistrationForm.ConfirmAsync(visitor, link);

        // Assert: the entry waits in review, the public sees nothing of it
        Assert.Contains("Jetzt bestätigen", WebUtility.HtmlDecode(confirmPage));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Ihr Eintrag ist bestätigt", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()));
        stored = await factory.QueryAsync(db => db.Registrations.AsNoTracking().SingleAsync());
        Assert.Equal(RegistrationState.Waiting, stored.State);
        Assert.Equal("", stored.Input);
        var item = await factory.QueryAsync(db => db.ContentItems.AsNoTracking().Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Id == stored.ItemId));
        Assert.Equal(ContentType.Club, item.Type);
        Assert.Equal(WorkflowState.InReview, item.Latest.State);
        Assert.Equal("sport", item.Latest.Data.Club!.Category);
        Assert.Single(item.Latest.Data.Schedule!.Weekly);
        var slug = item.Latest.Translation("de")!.Slug;
        await NothingPublicAsync(factory, title, slug);

        // Act: the queue, for an editor (reads) and a publisher (decides)
        var editor = await EditorSite.SignedInAsync(factory, "redakteurin", Roles.Editor);
        var editorQueue = WebUtility.HtmlDecode(await editor.GetStringAsync("/admin/moderation"));
        var publisher = await EditorSite.SignedInAsync(factory, "freigabe", Roles.Publisher);
        var dashboard = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin"));
        var approve = await FormFields.ReadAsync(publisher, "/admin/moderation", "form[action*='handler=Approve']");
        var approved = await approve.PostAsync(publisher, "/admin/moderation?handler=Approve");

        // Assert
        Assert.Contains(title, editorQueue);
        Assert.Contains(contact, editorQueue);
        Assert.DoesNotContain("Freigeben und veröffentlichen", editorQueue);
        Assert.Contains("Neue Einträge aus dem Formular: 1 warten", dashboard);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/de/vereine/{slug}")).StatusCode);
        Assert.Equal(RegistrationState.Published, (await factory.QueryAsync(db => db.Registrations.AsNoTracking().SingleAsync())).State);
        var mails = await SmtpSinkMailbox.WaitForAsync(contact, 2);
        Assert.Contains(mails, m => m.Subject.Contains("Ihr Eintrag ist jetzt im Wegweiser", StringComparison.Ordinal) && m.TextBody.Contains($"/de/vereine/{slug}", StringComparison.Ordinal));
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.ItemId == item.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.RegistrationConfirmed, actions);
        Assert.Contains(AuditActions.WorkflowSubmitted, actions);
        Assert.Contains(AuditActions.RegistrationApproved, actions);
    }

    /// <summary>An entry in review from the form is nowhere for anonymous visitors: pages, search, APIs, feeds, sitemap.</summary>
    internal static async Task NothingPublicAsync(WegweiserFactory factory, string title, string slug)
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/de/vereine/{slug}")).StatusCode);
        string[] routes =
        [
            "/de/vereine", "/de/", "/de/suche?q=Tischtennis+Gehren", "/api/suche?q=Tischtennis+Gehren&kultur=de",
            "/api/hsds/services?per_page=100", "/api/hsds/organizations?per_page=100", "/de/neu.atom", "/sitemap-de.xml",
        ];
        foreach (var route in routes)
        {
            var response = await anonymous.GetAsync(route);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(title, WebUtility.HtmlDecode(body));
            Assert.DoesNotContain(slug, body);
        }
    }
}
