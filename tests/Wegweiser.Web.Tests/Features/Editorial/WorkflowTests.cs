using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Audit;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>Versions over time: restore, publish and archive later by the job, the audit trail and its diff, the preview.</summary>
public class WorkflowTests
{
    private const string Chor = "demo-chor-ilmenau";

    [Fact]
    public async Task Restoring_an_old_version_makes_a_new_draft_and_the_live_version_stays_until_it_is_published()
    {
        await using var factory = new WegweiserFactory("demo");
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var visitor = EditorSite.Client(factory);
        var original = (await EditorSite.ItemAsync(factory, Chor)).Published!;
        var oldTitle = original.Translation("de")!.Title;
        var form = await FormFields.ReadAsync(publisher, $"/admin/eintraege/{Chor}");
        await form.Set("Input.Title", "Beispiel: Chor Ilmenau (neu)").PostAsync(publisher, $"/admin/eintraege/{Chor}");
        await EditorSite.PublishAsync(publisher, Chor);

        var restored = await EditorSite.PostAsync(publisher, $"/admin/eintraege/{Chor}?handler=Restore", $"/admin/eintraege/{Chor}", ("version", original.Number.ToString()));
        var item = await EditorSite.ItemAsync(factory, Chor);
        var publicPage = await visitor.GetStringAsync($"/de/vereine/{item.Published!.Translation("de")!.Slug}");

        Assert.Equal($"/admin/eintraege/{Chor}?erledigt=wiederhergestellt", restored.Headers.Location!.OriginalString);
        Assert.Equal(original.Number + 2, item.Latest.Number);
        Assert.Equal(WorkflowState.Draft, item.Latest.State);
        Assert.Equal(oldTitle, item.Latest.Translation("de")!.Title);
        Assert.Equal(original.Number + 1, item.Published.Number);
        Assert.Contains("Beispiel: Chor Ilmenau (neu)", publicPage);

        await EditorSite.PublishAsync(publisher, Chor);
        Assert.Contains(Html.Encode(oldTitle), await visitor.GetStringAsync($"/de/vereine/{original.Translation("de")!.Slug}"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_job_publishes_and_archives_at_the_planned_time_and_not_before(string provider)
    {
        await using var factory = new WegweiserFactory("demo", provider, null, FixedClock.Berlin(2026, 11, 25, 10));
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        const string draft = "demo-entwurf-laufgruppe-martinroda";
        var job = factory.Services.GetRequiredService<ScheduledWorkflowJob>();

        var past = await EditorSite.ScheduleAsync(publisher, draft, "veroeffentlichen", "2026-11-25T09:00");
        var plan = await EditorSite.ScheduleAsync(publisher, draft, "veroeffentlichen", "2026-12-01T08:00");
        var archive = await EditorSite.ScheduleAsync(publisher, Chor, "archivieren", "2026-12-31T23:30");
        var page = await publisher.GetStringAsync($"/admin/eintraege/{draft}");

        Assert.Equal(HttpStatusCode.Conflict, past.StatusCode);
        Assert.Contains("Der Zeitpunkt muss in der Zukunft liegen.", await past.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        Assert.Contains("Wird am 01.12.2026 08:00 veröffentlicht (geplant von beauftragte).", page);
        var stored = await factory.QueryAsync(db => db.ScheduledActions.OrderBy(a => a.Id).Select(a => a.DueUtc).ToListAsync());
        Assert.Equal([new DateTime(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 31, 22, 30, 0, DateTimeKind.Utc)], stored);

        factory.Clock!.Now = FixedClock.Berlin(2026, 12, 1, 7, 59);
        Assert.Equal(0, await job.RunOnceAsync());
        Assert.Equal(WorkflowState.Draft, (await EditorSite.ItemAsync(factory, draft)).Latest.State);

        factory.Clock.Now = FixedClock.Berlin(2026, 12, 1, 8, 0);
        Assert.Equal(1, await job.RunOnceAsync());
        Assert.Equal(0, await job.RunOnceAsync()); // each plan runs once
        var published = await EditorSite.ItemAsync(factory, draft);
        Assert.Equal(WorkflowState.Published, published.Latest.State);
        Assert.True(published.Latest.IsPublished);
        Assert.Equal(HttpStatusCode.OK, (await EditorSite.Client(factory).GetAsync($"/de/vereine/{published.Published!.Translation("de")!.Slug}")).StatusCode);

        factory.Clock.Now = FixedClock.Berlin(2027, 1, 1, 0, 0);
        Assert.Equal(1, await job.RunOnceAsync());
        var archived = await EditorSite.ItemAsync(factory, Chor);
        Assert.Null(archived.Published);
        Assert.Equal(WorkflowState.Archived, archived.Latest.State);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.UserName == "system" && a.Action.StartsWith("schedule.")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["schedule.publish.done", "schedule.archive.done"], audit);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_audit_trail_records_who_changed_which_fields_and_the_diff_shows_the_words(string provider)
    {
        await using var factory = new WegweiserFactory("demo", provider);
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var before = (await EditorSite.ItemAsync(factory, Chor)).Latest;

        var form = await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}");
        await form.Set("Input.Texts[summary]", "Wir singen jeden Mittwoch zusammen.")
            .Set("Input.Phone", "+49 3677 999999")
            .Set("Input.Hours", "Mi 19:00-21:00")
            .PostAsync(editor, $"/admin/eintraege/{Chor}");
        var history = await editor.GetStringAsync($"/admin/eintraege/{Chor}/verlauf");
        var compare = await editor.GetStringAsync($"/admin/eintraege/{Chor}/vergleich?von={before.Number}&bis={before.Number + 1}");

        var entry = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "entry.saved").SingleAsync());
        var details = AuditDetails.Read(entry.Details)!;
        Assert.Equal("redaktion", entry.UserName);
        Assert.Equal(before.Number + 1, entry.VersionNumber);
        Assert.Equal(["de.summary", "contact.phone", "schedule"], details.Changes!.Select(c => c.Field));
        Assert.Equal("+49 3677 999999", details.Changes!.Single(c => c.Field == "contact.phone").New);
        Assert.Equal(before.Data.Contact?.Phone, details.Changes!.Single(c => c.Field == "contact.phone").Old);
        Assert.Contains("Gespeichert", history);
        Assert.Contains("Kurz gesagt (Deutsch)", history);
        Assert.Contains("Wir singen jeden Mittwoch zusammen.", history);
        Assert.Contains("<ins>", compare);
        Assert.Contains("Mittwoch", compare);
        Assert.Contains("Telefon", compare);
        Assert.Contains("Mi 19:00-21:00", compare);
    }

    [Fact]
    public async Task The_preview_shows_the_draft_as_the_public_will_see_it_only_to_staff_and_never_indexed()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var visitor = EditorSite.Client(factory);
        const string draft = "demo-entwurf-laufgruppe-martinroda";
        var slug = await factory.GermanSlugAsync(draft);

        var preview = await editor.GetAsync($"/admin/eintraege/{draft}/vorschau");
        var html = await preview.Content.ReadAsStringAsync();
        var english = await editor.GetStringAsync($"/admin/eintraege/{draft}/vorschau/en");
        var anonymous = await visitor.GetAsync($"/admin/eintraege/{draft}/vorschau");
        var publicPage = await visitor.GetAsync($"/de/vereine/{slug}");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html);
        Assert.Equal("noindex, nofollow", preview.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Contains("Vorschau", html);
        Assert.Contains("<article class=\"detail\">", html);
        Assert.Contains("Laufgruppe", html);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english);
        Assert.Contains("Running Group", english);
        EditorSite.AssertDenied(anonymous);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
    }
}
