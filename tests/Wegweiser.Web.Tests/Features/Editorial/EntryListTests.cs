using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>The list of all entries at /admin/eintraege: filters as a GET form, paging and bulk actions.</summary>
public class EntryListTests(EntryListTests.Site site) : IClassFixture<EntryListTests.Site>
{
    public sealed class Site : IAsyncLifetime
    {
        public WegweiserFactory Factory { get; } = new("demo", now: FixedClock.Berlin(2026, 11, 25, 10));

        public HttpClient Editor { get; private set; } = null!;

        public async Task InitializeAsync() => Editor = await EditorSite.SignedInAsync(Factory, "redaktion", Roles.Editor);

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task The_list_filters_by_type_text_state_and_missing_contact_data_without_javascript()
    {
        var clubs = await site.Editor.GetStringAsync("/admin/eintraege?typ=Club");
        var search = await site.Editor.GetStringAsync("/admin/eintraege?q=chor");
        var drafts = await site.Editor.GetStringAsync("/admin/eintraege?status=entwurf");
        var noContact = await site.Editor.GetStringAsync("/admin/eintraege?ohnekontakt=ja&typ=Service");
        var everything = await site.Editor.GetStringAsync("/admin/eintraege");

        Assert.Contains("href=\"/admin/eintraege/demo-chor-ilmenau\"", clubs);
        Assert.DoesNotContain("href=\"/admin/eintraege/demo-integrationskurs-a1-arnstadt\"", clubs);
        Assert.Contains("href=\"/admin/eintraege/demo-chor-ilmenau\"", search);
        Assert.DoesNotContain("href=\"/admin/eintraege/demo-schachclub-arnstadt\"", search);
        Assert.Contains("href=\"/admin/eintraege/demo-entwurf-laufgruppe-martinroda\"", drafts);
        Assert.DoesNotContain("href=\"/admin/eintraege/demo-chor-ilmenau\"", drafts);
        Assert.DoesNotContain("href=\"/admin/eintraege/demo-migrationsberatung-arnstadt\"", noContact);
        Assert.Contains("<form method=\"get\" action=\"/admin/eintraege\"", everything);
        Assert.Contains("rel=\"next\"", everything); // more than one page of entries
    }

    [Fact]
    public async Task Review_and_translation_filters_use_the_core_rules()
    {
        var overdue = await site.Editor.GetStringAsync("/admin/eintraege?pruefung=ueberfaellig&typ=Club");
        var missingEnglish = await site.Editor.GetStringAsync("/admin/eintraege?sprache=en&uebersetzung=fehlt&typ=Club");
        var missingArabic = await site.Editor.GetStringAsync("/admin/eintraege?sprache=ar&uebersetzung=fehlt");
        var currentArabic = await site.Editor.GetStringAsync("/admin/eintraege?sprache=ar&uebersetzung=aktuell&typ=Service");

        Assert.Contains("href=\"/admin/eintraege/demo-schachclub-arnstadt\"", overdue); // reviewed 2025-03-10, clubs every 12 months
        Assert.Contains("überfällig", overdue);
        Assert.Contains("<option value=\"fehlt\" selected=\"selected\">", missingEnglish);
        Assert.DoesNotContain("href=\"/admin/eintraege/demo-chor-ilmenau\"", missingEnglish); // the demo clubs are in English
        Assert.DoesNotContain("href=\"/admin/eintraege/demo-chor-ilmenau\"", missingArabic); // … and in Arabic (machine-translated)
        Assert.DoesNotContain("href=\"/admin/eintraege/demo-migrationsberatung-arnstadt\"", missingArabic);
        Assert.Contains("href=\"/admin/eintraege/demo-migrationsberatung-arnstadt\"", currentArabic);
    }

    [Fact]
    public async Task Bulk_submit_changes_drafts_and_says_why_published_entries_were_refused()
    {
        var response = await EditorSite.PostAsync(site.Editor, "/admin/eintraege?handler=Bulk&typ=Club", "/admin/eintraege?typ=Club",
            ("keys", "demo-entwurf-laufgruppe-martinroda"), ("keys", "demo-schachclub-arnstadt"), ("aktion", "einreichen"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 Einträge geändert", html);
        Assert.Contains("Das geht im Status „Veröffentlicht“ nicht.", html);
        Assert.Equal(WorkflowState.InReview, (await EditorSite.ItemAsync(site.Factory, "demo-entwurf-laufgruppe-martinroda")).Latest.State);
        Assert.Equal(WorkflowState.Published, (await EditorSite.ItemAsync(site.Factory, "demo-schachclub-arnstadt")).Latest.State);
    }

    [Fact]
    public async Task An_editor_may_not_archive_in_bulk_but_may_mark_entries_as_reviewed()
    {
        var archive = await EditorSite.PostAsync(site.Editor, "/admin/eintraege?handler=Bulk", "/admin/eintraege",
            ("keys", "demo-naehcafe-arnstadt"), ("aktion", "archivieren"));
        var reviewed = await EditorSite.PostAsync(site.Editor, "/admin/eintraege?handler=Bulk", "/admin/eintraege",
            ("keys", "demo-naehcafe-arnstadt"), ("aktion", "geprueft"));

        Assert.Contains("Dafür fehlt Ihnen die Berechtigung.", await archive.Content.ReadAsStringAsync());
        Assert.Contains("1 Einträge geändert", await reviewed.Content.ReadAsStringAsync());
        var item = await EditorSite.ItemAsync(site.Factory, "demo-naehcafe-arnstadt");
        Assert.Equal(WorkflowState.Published, item.Latest.State);
        Assert.Equal(new DateOnly(2026, 11, 25), item.Published!.LastReviewedOn);
        Assert.Equal(1, await site.Factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ItemId == item.Id && a.Action == "review.confirmed")));
    }

    [Fact]
    public async Task A_bulk_post_without_a_token_is_refused()
    {
        var response = await site.Editor.PostAsync("/admin/eintraege?handler=Bulk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["keys"] = "demo-chor-ilmenau",
            ["aktion"] = "archivieren",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
