using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Audit;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Tests.Features.Editorial;
using Wegweiser.Web.Tests.Features.Providers;

namespace Wegweiser.Web.Tests.Features.Moderation;

/// <summary>
/// Providers' drafts in the moderation queue: publishers publish, send back with a comment or reject
/// with a reason, and the provider hears of each by email through the real SMTP sink; a rejected
/// draft leaves the published text as it was, and a never-published entry stays offline. Editors
/// read the queue but cannot decide. Bulk publishing and planned publishing mail the provider too.
/// </summary>
public class ProviderDraftModerationTests
{
    private const string Own = "demo-integrationskurs-a1-arnstadt";
    private const string School = "demo-sprachschule-arnstadt";
    private const string Queue = "/admin/moderation";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Publishers_publish_send_back_and_reject_a_providers_draft_from_the_queue(string provider)
    {
        // Arrange
        await using var factory = ProviderSite.Create(provider);
        var address = ProviderSite.UniqueAddress("schule");
        var owner = await ProviderAsync(factory, "sprachschule-q", address);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var visitor = ProviderSite.Client(factory);
        var slug = await factory.GermanSlugAsync(Own);

        // Act 1: the provider submits a change; an editor sees it and is refused; a publisher publishes it from the queue
        await SubmitAsync(owner, "Integrationskurs A1 Arnstadt – neue Zeiten");
        var editorQueue = WebUtility.HtmlDecode(await editor.GetStringAsync(Queue));
        var editorPublish = await PostDraftAsync(editor, "PublishDraft", ("key", Own), ("fassung", "2"), ("stempel", "x"));
        var publisherQueue = WebUtility.HtmlDecode(await publisher.GetStringAsync(Queue));
        var publishForm = await FormFields.ReadAsync(publisher, Queue, "form[action$='handler=PublishDraft']");
        var published = await publishForm.PostAsync(publisher, $"{Queue}?handler=PublishDraft");
        var publishedMail = (await SmtpSinkMailbox.WaitForAsync(address)).Single();
        var publicAfterPublish = await visitor.GetStringAsync($"/de/kurse/{slug}");

        // Assert 1
        Assert.Contains("Integrationskurs A1 Arnstadt – neue Zeiten", editorQueue);
        Assert.Contains("sprachschule-q", editorQueue);
        Assert.DoesNotContain("handler=PublishDraft", editorQueue);
        EditorSite.AssertDenied(editorPublish);
        Assert.Contains("Entwürfe von Anbietern (1)", publisherQueue);
        Assert.Contains("Sprachschule", publisherQueue);
        Assert.Contains($"href=\"/admin/eintraege/{Own}\"", publisherQueue);
        Assert.Equal($"{Queue}?erledigt=veroeffentlicht", published.Headers.Location!.OriginalString);
        Assert.Equal("Ihre Änderung ist veröffentlicht", publishedMail.Subject);
        Assert.Contains("neue Zeiten", WebUtility.HtmlDecode(publicAfterPublish));

        // Act 2: send back, first without a comment
        await SubmitAsync(owner, "Integrationskurs A1 Arnstadt – Runde 2");
        var noComment = await PostDraftAsync(publisher, "SendBackDraft", ("key", Own), ("kommentar", "  "));
        var sentBack = await PostDraftAsync(publisher, "SendBackDraft", ("key", Own), ("kommentar", "Bitte nennen Sie auch die Uhrzeit."));
        var sentBackMail = (await SmtpSinkMailbox.WaitForAsync(address, count: 2)).Single(m => m.Subject == "Rückfrage zu Ihrer Änderung");

        // Assert 2
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Contains("Bitte schreiben Sie einen Kommentar", WebUtility.HtmlDecode(await noComment.Content.ReadAsStringAsync()));
        Assert.Equal($"{Queue}?erledigt=rueckfrage", sentBack.Headers.Location!.OriginalString);
        Assert.Contains("Bitte nennen Sie auch die Uhrzeit.", sentBackMail.TextBody);
        Assert.Equal(WorkflowState.Draft, (await EditorSite.ItemAsync(factory, Own)).Latest.State);

        // Act 3: the provider submits again; reject, first without a reason
        await SubmitAsync(owner, "Integrationskurs A1 Arnstadt – abgelehnt");
        var noReason = await PostDraftAsync(publisher, "RejectDraft", ("key", Own), ("grund", ""));
        var rejected = await PostDraftAsync(publisher, "RejectDraft", ("key", Own), ("grund", "Der Kurs findet nicht mehr statt."));
        var again = await PostDraftAsync(publisher, "RejectDraft", ("key", Own), ("grund", "Noch einmal."));
        var rejectedMail = (await SmtpSinkMailbox.WaitForAsync(address, count: 3)).Single(m => m.Subject == "Ihre Änderung wird nicht veröffentlicht");
        var publicAfterReject = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/de/kurse/{slug}"));
        var queueAfter = WebUtility.HtmlDecode(await publisher.GetStringAsync(Queue));

        // Assert 3: the published text is the one of act 1, nothing waits, the decision is audited
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Bitte schreiben Sie einen Grund", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        Assert.Equal($"{Queue}?erledigt=verworfen", rejected.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Der Kurs findet nicht mehr statt.", rejectedMail.TextBody);
        Assert.Contains("/admin/anbieter", rejectedMail.TextBody);
        Assert.Contains("neue Zeiten", publicAfterReject);
        Assert.DoesNotContain("abgelehnt", publicAfterReject);
        var item = await EditorSite.ItemAsync(factory, Own);
        Assert.Same(item.Published, item.Latest);
        Assert.Equal("Integrationskurs A1 Arnstadt – neue Zeiten", item.Latest.Translation(Cultures.Source)!.Title);
        Assert.DoesNotContain(item.Versions, v => v.State == WorkflowState.InReview);
        var audit = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.ItemId == item.Id && a.Action == AuditActions.WorkflowRejected));
        Assert.Equal("beauftragte", audit.UserName);
        Assert.Equal("Der Kurs findet nicht mehr statt.", audit.Comment);
        Assert.Contains("Entwürfe von Anbietern (0)", queueAfter);
        Assert.Contains("Gerade wartet keine Änderung eines Anbieters.", queueAfter);
    }

    [Fact]
    public async Task A_rejected_draft_of_a_never_published_entry_stays_offline()
    {
        // Arrange
        await using var factory = ProviderSite.Create("sqlite");
        var address = ProviderSite.UniqueAddress("neu");
        var owner = await ProviderAsync(factory, "sprachschule-n", address);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var visitor = ProviderSite.Client(factory);
        var form = await FormFields.ReadAsync(owner, "/admin/eintraege/neu?typ=Course");
        var created = await form.Set("Input.Title", "Deutschkurs B2 am Samstag in Arnstadt")
            .Set("Input.Texts[summary]", "Deutsch lernen am Wochenende.")
            .Set("Input.Organisation", School)
            .Set("Input.Level", "B2")
            .Set("Input.CourseStarts", "2027-02-01")
            .Set("Input.CourseEnds", "2027-06-30")
            .PostAsync(owner, "/admin/eintraege/neu?typ=Course");
        var key = created.Headers.Location!.OriginalString.Split('/', '?')[3];
        await EditorSite.PostAsync(owner, $"/admin/eintraege/{key}?handler=Submit", $"/admin/eintraege/{key}");

        // Act
        var queue = WebUtility.HtmlDecode(await publisher.GetStringAsync(Queue));
        var rejected = await PostDraftAsync(publisher, "RejectDraft", ("key", key), ("grund", "Bitte melden Sie den Kurs erst an, wenn der Termin feststeht."));
        var mail = (await SmtpSinkMailbox.WaitForAsync(address)).Single();
        var page = await visitor.GetAsync($"/de/kurse/{key}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Der Eintrag ist noch nicht öffentlich.", queue);
        Assert.Equal($"{Queue}?erledigt=verworfen", rejected.Headers.Location!.OriginalString);
        Assert.Equal("Ihre Änderung wird nicht veröffentlicht", mail.Subject);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var item = await EditorSite.ItemAsync(factory, key);
        Assert.Null(item.Published);
        Assert.All(item.Versions, v => Assert.Equal(WorkflowState.Archived, v.State));
    }

    [Fact]
    public async Task Bulk_and_planned_publishing_of_a_providers_draft_mail_the_provider()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo", "sqlite", null, FixedClock.Berlin(2026, 11, 25, 10), SmtpSinkMailbox.SiteSettings());
        var address = ProviderSite.UniqueAddress("bulk");
        var owner = await ProviderAsync(factory, "sprachschule-b", address);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        const string list = "/admin/eintraege?status=in-pruefung";
        await SubmitAsync(owner, "Integrationskurs A1 Arnstadt – per Liste");

        // Act: bulk publish what the list shows
        var bulkForm = await FormFields.ReadAsync(publisher, list, "form[action*='handler=Bulk']");
        var bulk = await bulkForm.Set("keys", Own).Set("aktion", "veroeffentlichen").PostAsync(publisher, "/admin/eintraege?handler=Bulk&status=in-pruefung");
        var bulkMail = (await SmtpSinkMailbox.WaitForAsync(address)).Single();

        // Act: a planned publication of the next change, carried out by the job
        await SubmitAsync(owner, "Integrationskurs A1 Arnstadt – geplant");
        await EditorSite.ScheduleAsync(publisher, Own, "veroeffentlichen", "2026-12-01T08:00");
        factory.Clock!.Now = FixedClock.Berlin(2026, 12, 1, 8, 0);
        var carriedOut = await factory.Services.GetRequiredService<ScheduledWorkflowJob>().RunOnceAsync();
        var plannedMail = (await SmtpSinkMailbox.WaitForAsync(address, count: 2)).Single(m => m.TextBody.Contains("geplant", StringComparison.Ordinal));

        // Assert
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        Assert.Equal("Ihre Änderung ist veröffentlicht", bulkMail.Subject);
        Assert.Contains("per Liste", bulkMail.TextBody);
        Assert.Equal(1, carriedOut);
        Assert.Equal("Ihre Änderung ist veröffentlicht", plannedMail.Subject);
        Assert.Contains("geplant", plannedMail.TextBody);
        Assert.Equal("Integrationskurs A1 Arnstadt – geplant", (await EditorSite.ItemAsync(factory, Own)).Published!.Translation(Cultures.Source)!.Title);
    }

    [Fact]
    public async Task A_bulk_publish_refuses_an_entry_changed_since_the_list_was_shown()
    {
        // Arrange
        await using var factory = ProviderSite.Create("sqlite");
        var owner = await ProviderAsync(factory, "sprachschule-c", ProviderSite.UniqueAddress("stale"));
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        await SubmitAsync(owner, "Integrationskurs A1 Arnstadt – gelesen");
        var bulkForm = await FormFields.ReadAsync(publisher, "/admin/eintraege?status=in-pruefung", "form[action*='handler=Bulk']");
        await SubmitAsync(owner, "Integrationskurs A1 Arnstadt – ungelesen");

        // Act
        var bulk = await bulkForm.Set("keys", Own).Set("aktion", "veroeffentlichen").PostAsync(publisher, "/admin/eintraege?handler=Bulk&status=in-pruefung");
        var published = await EditorSite.PostAsync(publisher, "/admin/eintraege?handler=Bulk", "/admin/eintraege", ("keys", School), ("aktion", "veroeffentlichen"));

        // Assert
        Assert.Contains("1 Einträge nicht geändert", WebUtility.HtmlDecode(await bulk.Content.ReadAsStringAsync()));
        Assert.Contains("1 Einträge nicht geändert", WebUtility.HtmlDecode(await published.Content.ReadAsStringAsync()));
        var item = await EditorSite.ItemAsync(factory, Own);
        Assert.Equal(WorkflowState.InReview, item.Latest.State);
        Assert.NotEqual("Integrationskurs A1 Arnstadt – ungelesen", item.Published!.Translation(Cultures.Source)!.Title);
    }

    /// <summary>A provider of the language school whose account has an address only this test reads.</summary>
    private static async Task<HttpClient> ProviderAsync(WegweiserFactory factory, string name, string address)
    {
        var client = await EditorSite.SignedInAsync(factory, name, Roles.Provider, School);
        await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == name);
            user.Email = address;
            user.NormalizedEmail = address.ToUpperInvariant();
            return await db.SaveChangesAsync();
        });
        return client;
    }

    /// <summary>The provider changes the title of its course and submits the change for review.</summary>
    private static async Task SubmitAsync(HttpClient provider, string title)
    {
        var entry = $"/admin/eintraege/{Own}";
        var form = await FormFields.ReadAsync(provider, entry);
        var saved = await form.Set("Input.Title", title).PostAsync(provider, entry);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var submitted = await EditorSite.PostAsync(provider, $"{entry}?handler=Submit", entry);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
    }

    /// <summary>Posts to the queue with an antiforgery token from the entry list (an editor's queue has no forms).</summary>
    private static Task<HttpResponseMessage> PostDraftAsync(HttpClient client, string handler, params (string Key, string Value)[] fields) =>
        EditorSite.PostAsync(client, $"{Queue}?handler={handler}", "/admin/eintraege", fields);
}
