using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.ReviewRounds;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>
/// Publishing and planning a publication bind to the version the publisher saw; an edit of a
/// version in review or planned for publication sends it back to draft and cancels the plan.
/// </summary>
public class PublicationBindingTests
{
    private const string Chor = "demo-chor-ilmenau";
    private const string Draft = "demo-entwurf-laufgruppe-martinroda";
    private const string ChangedMessage = "Der Eintrag wurde geändert, nachdem Sie ihn geöffnet haben.";

    [Fact]
    public async Task Publishing_is_refused_when_the_version_changed_after_the_publisher_opened_it()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var visitor = EditorSite.Client(factory);
        var slug = await factory.GermanSlugAsync(Chor);
        await (await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}")).Set("Input.Title", "Beispiel: Chor Ilmenau geprüft").PostAsync(editor, $"/admin/eintraege/{Chor}");
        await EditorSite.PostAsync(editor, $"/admin/eintraege/{Chor}?handler=Submit", $"/admin/eintraege/{Chor}");
        var publishForm = await FormFields.ReadAsync(publisher, $"/admin/eintraege/{Chor}", "form[action$='handler=Publish']");

        // Act: the editor changes the text in review, then the publisher approves what they read
        await (await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}")).Set("Input.Title", "Beispiel: Chor Ilmenau nicht gelesen").PostAsync(editor, $"/admin/eintraege/{Chor}");
        var stale = await publishForm.PostAsync(publisher, $"/admin/eintraege/{Chor}?handler=Publish");
        var item = await EditorSite.ItemAsync(factory, Chor);
        var publicPage = await visitor.GetStringAsync($"/de/vereine/{slug}");
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.ItemId == item.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(ChangedMessage, await stale.Content.ReadAsStringAsync());
        Assert.Equal(WorkflowState.Draft, item.Latest.State);
        Assert.NotEqual(item.Latest.Number, item.Published!.Number);
        Assert.DoesNotContain("nicht gelesen", publicPage);
        Assert.Equal(["entry.saved", "workflow.submitted", "workflow.editedback", "entry.saved"], audit);

        var fresh = await EditorSite.PublishAsync(publisher, Chor);
        Assert.Equal($"/admin/eintraege/{Chor}?erledigt=veroeffentlicht", fresh.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Planning_a_publication_is_refused_when_the_version_changed_after_the_publisher_opened_it()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, FixedClock.Berlin(2026, 11, 25, 10));
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var planForm = await FormFields.ReadAsync(publisher, $"/admin/eintraege/{Draft}", "form[action$='handler=Schedule']");

        await (await FormFields.ReadAsync(editor, $"/admin/eintraege/{Draft}")).Set("Input.Texts[summary]", "Neu und ungelesen.").PostAsync(editor, $"/admin/eintraege/{Draft}");
        var stale = await planForm.Set("art", "veroeffentlichen").Set("zeitpunkt", "2026-12-01T08:00").PostAsync(publisher, $"/admin/eintraege/{Draft}?handler=Schedule");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(ChangedMessage, await stale.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.ScheduledActions.CountAsync()));
    }

    [Fact]
    public async Task An_edit_in_the_translation_editor_cancels_a_planned_publication_and_records_it()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, FixedClock.Berlin(2026, 11, 25, 10));
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var job = factory.Services.GetRequiredService<ScheduledWorkflowJob>();
        var planned = await EditorSite.ScheduleAsync(publisher, Draft, "veroeffentlichen", "2026-12-01T08:00");

        var url = $"/admin/uebersetzungen/{Draft}/en";
        var saved = await EditorSite.PostAsync(editor, url, url, ("Fields[title]", "Running group Martinroda"), ("Fields[summary]", "Text nobody approved."));
        factory.Clock!.Now = FixedClock.Berlin(2026, 12, 1, 8, 0);
        var carriedOut = await job.RunOnceAsync();

        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(0, carriedOut);
        Assert.Equal(0, await factory.QueryAsync(db => db.ScheduledActions.CountAsync()));
        Assert.Equal(WorkflowState.Draft, (await EditorSite.ItemAsync(factory, Draft)).Latest.State);
        var cancelled = await factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "schedule.cancelled"));
        Assert.Equal("redaktion", cancelled.UserName);
        Assert.Equal("edited", cancelled.Comment);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_job_does_not_publish_a_planned_version_whose_text_changed_since_it_was_planned(string provider)
    {
        await using var factory = new WegweiserFactory("demo", provider, null, FixedClock.Berlin(2026, 11, 25, 10));
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var job = factory.Services.GetRequiredService<ScheduledWorkflowJob>();
        await EditorSite.ScheduleAsync(publisher, Draft, "veroeffentlichen", "2026-12-01T08:00");

        // A change that bypasses the edit pages (as a direct database fix would): the plan still must not publish it.
        await factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == Draft);
            var german = item.Latest.Translation(Cultures.Source)!;
            item.Latest.SetTranslation(Cultures.Source, german.Slug, german.Title + " (geändert)", german.Fields);
            return await db.SaveChangesAsync();
        });
        factory.Clock!.Now = FixedClock.Berlin(2026, 12, 1, 8, 0);
        var carriedOut = await job.RunOnceAsync();

        Assert.Equal(0, carriedOut);
        Assert.Equal(WorkflowState.Draft, (await EditorSite.ItemAsync(factory, Draft)).Latest.State);
        var plan = await factory.QueryAsync(db => db.ScheduledActions.SingleAsync());
        Assert.Equal("refused: Editor.Refused.Changed", plan.Outcome);
        Assert.Equal(1, plan.VersionNumber);
    }

    [Fact]
    public async Task A_providers_answer_to_a_version_in_review_sends_it_back_and_the_publisher_must_read_it_again()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        await (await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}")).Set("Input.Texts[summary]", "Geprüft von der Redaktion.").PostAsync(editor, $"/admin/eintraege/{Chor}");
        await EditorSite.PostAsync(editor, $"/admin/eintraege/{Chor}?handler=Submit", $"/admin/eintraege/{Chor}");
        var publishForm = await FormFields.ReadAsync(publisher, $"/admin/eintraege/{Chor}", "form[action$='handler=Publish']");
        var requestId = await factory.QueryAsync(async db =>
        {
            var request = new ReviewRequest { Email = "anbieter@example.org", SentUtc = DateTime.UtcNow, Entries = { new ReviewRequestEntry { ItemKey = Chor } } };
            db.ReviewRounds.Add(new ReviewRound { Title = "Test", CreatedUtc = DateTime.UtcNow, ExpiresUtc = DateTime.UtcNow.AddDays(30), ReminderAfterDays = 14, Requests = { request } });
            await db.SaveChangesAsync();
            return request.Id;
        });
        var link = factory.Services.GetRequiredService<ReviewLinks>().PathFor(requestId);

        var answer = await EditorSite.PostAsync(EditorSite.Client(factory), link + "?handler=Change", link, ("key", Chor), ("Input.Title", "Chor Ilmenau (vom Anbieter)"));
        var stale = await publishForm.PostAsync(publisher, $"/admin/eintraege/{Chor}?handler=Publish");
        var item = await EditorSite.ItemAsync(factory, Chor);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.ItemId == item.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(ChangedMessage, await stale.Content.ReadAsStringAsync());
        Assert.Equal(WorkflowState.InReview, item.Latest.State); // the provider's changes wait for review again
        Assert.Equal("Chor Ilmenau (vom Anbieter)", item.Latest.Translation("de")!.Title);
        Assert.Equal(["entry.saved", "workflow.submitted", "workflow.editedback", "review.provider-changed"], audit);
    }
    [Fact]
    public async Task Publishing_from_the_translation_editor_binds_to_the_version_the_form_was_opened_on()
    {
        // Arrange: the publisher opens the English form; meanwhile an editor changes the German text.
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var visitor = EditorSite.Client(factory);
        var url = $"/admin/uebersetzungen/{Chor}/en";
        var staleForm = await FormFields.ReadAsync(publisher, url, "form.translation-form");
        var chorId = (await EditorSite.ItemAsync(factory, Chor)).Id;
        var publishedBefore = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ItemId == chorId && a.Action == "workflow.published"));
        await (await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}")).Set("Input.Title", "Beispiel: Chor Ilmenau nicht gelesen").PostAsync(editor, $"/admin/eintraege/{Chor}");

        // Act: "save and publish" on the form opened before the change, then on a fresh one.
        var stale = await staleForm.Set("Fields[summary]", "Choir singing together.").Set("Next", "publish").PostAsync(publisher, url);
        var afterStale = await EditorSite.ItemAsync(factory, Chor);
        var publishedAfterStale = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ItemId == chorId && a.Action == "workflow.published"));
        var notice = await publisher.GetStringAsync(stale.Headers.Location!.OriginalString);
        var freshForm = await FormFields.ReadAsync(publisher, url, "form.translation-form");
        var fresh = await freshForm.Set("Next", "publish").PostAsync(publisher, url);
        var published = await EditorSite.ItemAsync(factory, Chor);
        var publishedAfterFresh = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ItemId == chorId && a.Action == "workflow.published"));

        // Assert: the stale click saved the English text as a draft and published nothing.
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("nicht-veroeffentlicht=1", stale.Headers.Location!.OriginalString);
        Assert.Contains("Gespeichert, aber nicht veröffentlicht", notice);
        Assert.Equal(WorkflowState.Draft, afterStale.Latest.State);
        Assert.Equal("Choir singing together.", afterStale.Latest.Translation("en")!.Field("summary"));
        Assert.DoesNotContain("nicht gelesen", afterStale.Published!.Translation("de")!.Title);
        Assert.Equal(publishedBefore, publishedAfterStale);

        // The fresh form publishes what the publisher now read, recorded in the audit trail.
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.DoesNotContain("nicht-veroeffentlicht", fresh.Headers.Location!.OriginalString);
        Assert.Equal(WorkflowState.Published, published.Latest.State);
        Assert.Equal("Beispiel: Chor Ilmenau nicht gelesen", published.Published!.Translation("de")!.Title);
        Assert.Equal(publishedBefore + 1, publishedAfterFresh);
        Assert.Contains("Chor Ilmenau nicht gelesen", await visitor.GetStringAsync($"/de/vereine/{await factory.GermanSlugAsync(Chor)}"));
    }
}
