using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>The edit form at /admin/eintraege/{key}: validation at the field, versions, and the workflow steps.</summary>
public class EntryEditTests
{
    private const string Chor = "demo-chor-ilmenau";

    [Fact]
    public async Task Editing_a_published_entry_makes_a_draft_while_the_old_version_stays_live_until_it_is_published()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var visitor = EditorSite.Client(factory);
        var slug = await factory.GermanSlugAsync(Chor);
        var before = await EditorSite.ItemAsync(factory, Chor);
        var oldTitle = before.Published!.Translation("de")!.Title;

        var form = await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}");
        var saved = await form.Set("Input.Title", "Beispiel: Chor Ilmenau singt jetzt mittwochs").PostAsync(editor, $"/admin/eintraege/{Chor}");
        var publicWhileDraft = await visitor.GetStringAsync($"/de/vereine/{slug}");
        var submitted = await EditorSite.PostAsync(editor, $"/admin/eintraege/{Chor}?handler=Submit", $"/admin/eintraege/{Chor}");
        var editorPublishes = await EditorSite.PostAsync(editor, $"/admin/eintraege/{Chor}?handler=Publish", $"/admin/eintraege/{Chor}");
        var published = await EditorSite.PublishAsync(publisher, Chor);
        var publicAfter = await visitor.GetStringAsync($"/de/vereine/{slug}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/admin/eintraege/{Chor}?erledigt=gespeichert", saved.Headers.Location!.OriginalString);
        Assert.Contains(Html.Encode(oldTitle), publicWhileDraft);
        Assert.DoesNotContain("mittwochs", publicWhileDraft);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        EditorSite.AssertDenied(editorPublishes); // editors may not publish
        Assert.Equal($"/admin/eintraege/{Chor}?erledigt=veroeffentlicht", published.Headers.Location!.OriginalString);
        Assert.Contains("Beispiel: Chor Ilmenau singt jetzt mittwochs", publicAfter);
        var after = await EditorSite.ItemAsync(factory, Chor);
        Assert.Equal(before.Latest.Number + 1, after.Published!.Number);
        Assert.Single(after.Versions, v => v.IsPublished);
        Assert.Equal(before.Published.Data.Contact?.Email, after.Published.Data.Contact?.Email); // the rest of the form came back unchanged
        Assert.Equal(before.Published.Data.Schedule?.Weekly.Count, after.Published.Data.Schedule?.Weekly.Count);
    }

    [Fact]
    public async Task Bad_input_changes_nothing_and_says_in_German_at_the_field_what_is_wrong()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var before = await EditorSite.ItemAsync(factory, Chor);

        var form = await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}");
        var response = await form.Set("Input.Title", "")
            .Set("Input.Email", "chor-at-example")
            .Set("Input.Website", "javascript:alert(1)")
            .Set("Input.Hours", "Mo 09:00-12:00\nirgendwann mal")
            .Set("Input.Texts[summary]", "Neue Zusammenfassung, die nicht verloren gehen darf")
            .PostAsync(editor, $"/admin/eintraege/{Chor}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"err-title\">Bitte geben Sie einen Titel ein.</p>", html);
        Assert.Contains("id=\"e-title\" name=\"Input.Title\" type=\"text\" aria-invalid=\"true\" aria-describedby=\"err-title\"", html);
        Assert.Contains("Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.", html);
        Assert.Contains("Bitte geben Sie eine Internetadresse ein, die mit https:// beginnt.", html);
        Assert.Contains("Diese Zeilen verstehe ich nicht: 2.", html);
        Assert.Contains("value=\"chor-at-example\"", html); // what was typed comes back
        Assert.Contains("Neue Zusammenfassung, die nicht verloren gehen darf", html);
        var after = await EditorSite.ItemAsync(factory, Chor);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
        Assert.Equal(before.Latest.Translation("de")!.Title, after.Latest.Translation("de")!.Title);
    }

    [Fact]
    public async Task Course_and_event_fields_are_checked_too()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        const string course = "demo-integrationskurs-a2-ilmenau";
        const string ev = "demo-gesundheitstag-arnstadt";

        var courseForm = await FormFields.ReadAsync(editor, $"/admin/eintraege/{course}");
        var courseResponse = await courseForm.Set("Input.CourseStarts", "2027-03-01").Set("Input.CourseEnds", "2027-02-01")
            .Set("Input.FreePlaces", "-3").Set("Input.Level", "D9").Set("Input.Addresses[0].PostalCode", "123")
            .PostAsync(editor, $"/admin/eintraege/{course}");
        var eventForm = await FormFields.ReadAsync(editor, $"/admin/eintraege/{ev}");
        var eventResponse = await eventForm.Set("Input.EventStarts", "morgen").Set("Input.EventMonth", "13")
            .PostAsync(editor, $"/admin/eintraege/{ev}");
        var courseHtml = await courseResponse.Content.ReadAsStringAsync();
        var eventHtml = await eventResponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, courseResponse.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"err-courseEnds\">Das Ende liegt vor dem Beginn.</p>", courseHtml);
        Assert.Contains("<p class=\"field-error\" id=\"err-freePlaces\">Bitte geben Sie eine ganze Zahl ab 0 ein.</p>", courseHtml);
        Assert.Contains("<p class=\"field-error\" id=\"err-level\">Diese Auswahl gibt es nicht.</p>", courseHtml);
        Assert.Contains("<p class=\"field-error\" id=\"err-address-0-postalCode\">Eine Postleitzahl hat fünf Ziffern.</p>", courseHtml);
        Assert.Equal(HttpStatusCode.BadRequest, eventResponse.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"err-eventStarts\">Bitte geben Sie Datum und Uhrzeit ein, z. B. 10.10.2026 14:00.</p>", eventHtml);
        Assert.Contains("<p class=\"field-error\" id=\"err-eventMonth\">Bitte geben Sie einen Monat von 1 bis 12 ein.</p>", eventHtml);
        Assert.Equal(0, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "entry.saved")));
    }

    [Fact]
    public async Task Every_entry_of_both_recipes_survives_an_unchanged_save_without_a_new_version()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var keys = await factory.QueryAsync(db => db.ContentItems.Select(i => i.Key).ToListAsync());
        var versions = await factory.QueryAsync(db => db.ContentVersions.CountAsync());

        var changed = new List<string>();
        foreach (var key in keys)
        {
            var response = await (await FormFields.ReadAsync(editor, $"/admin/eintraege/{key}")).PostAsync(editor, $"/admin/eintraege/{key}");
            if (response.Headers.Location?.OriginalString != $"/admin/eintraege/{key}?erledigt=unveraendert")
            {
                changed.Add($"{key}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(keys.Count > 100);
        Assert.Empty(changed);
        Assert.Equal(versions, await factory.QueryAsync(db => db.ContentVersions.CountAsync()));
    }

    [Fact]
    public async Task A_change_made_meanwhile_by_someone_else_is_not_overwritten_unawares()
    {
        await using var factory = new WegweiserFactory("demo");
        var erika = await EditorSite.SignedInAsync(factory, "erika", Roles.Editor);
        var max = await EditorSite.SignedInAsync(factory, "max", Roles.Editor);
        var erikasForm = await FormFields.ReadAsync(erika, $"/admin/eintraege/{Chor}");
        var maxsForm = await FormFields.ReadAsync(max, $"/admin/eintraege/{Chor}");

        await erikasForm.Set("Input.Texts[summary]", "Erikas Fassung").PostAsync(erika, $"/admin/eintraege/{Chor}");
        var stale = await maxsForm.Set("Input.Texts[summary]", "Max' Fassung").PostAsync(max, $"/admin/eintraege/{Chor}");
        var html = await stale.Content.ReadAsStringAsync();
        var summaryAfterConflict = (await EditorSite.ItemAsync(factory, Chor)).Latest.Translation("de")!.Field(ContentFields.Summary);
        var again = await maxsForm.Set("Input.Stamp", System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Stamp\" value=\"([^\"]+)\"").Groups[1].Value)
            .PostAsync(max, $"/admin/eintraege/{Chor}");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Jemand hat den Eintrag geändert, während Sie ihn bearbeitet haben.", html);
        Assert.Contains("Max&#x27; Fassung", html);
        Assert.Equal("Erikas Fassung", summaryAfterConflict);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Max' Fassung", (await EditorSite.ItemAsync(factory, Chor)).Latest.Translation("de")!.Field(ContentFields.Summary));
    }

    [Fact]
    public async Task A_new_course_is_a_draft_that_the_publisher_approves_and_the_public_then_sees()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var visitor = EditorSite.Client(factory);

        var form = await FormFields.ReadAsync(editor, "/admin/eintraege/neu?typ=Course");
        var created = await form.Set("Input.Title", "Deutschkurs B1 am Abend in Stadtilm")
            .Set("Input.Texts[summary]", "Deutsch lernen nach der Arbeit.")
            .Set("Input.Texts[body]", "Der Kurs ist **zweimal** in der Woche.\n\n<script>alert(1)</script>")
            .Set("Input.Organisation", "demo-bildungswerk-ilmenau")
            .Set("Input.Phone", "+49 3677 123456")
            .Set("Input.Level", "B1")
            .Set("Input.CourseStarts", "2027-02-01")
            .Set("Input.CourseEnds", "2027-06-30")
            .Set("Input.Hours", "Di, Do 18:00-20:15")
            .PostAsync(editor, "/admin/eintraege/neu?typ=Course");
        var key = created.Headers.Location!.OriginalString.Split('/', '?')[3];
        var notYetPublic = await visitor.GetAsync("/de/kurse/deutschkurs-b1-am-abend-in-stadtilm");
        await EditorSite.PostAsync(editor, $"/admin/eintraege/{key}?handler=Submit", $"/admin/eintraege/{key}");
        var review = await publisher.GetStringAsync($"/admin/eintraege/{key}");
        await EditorSite.PublishAsync(publisher, key);
        var page = await visitor.GetStringAsync("/de/kurse/deutschkurs-b1-am-abend-in-stadtilm");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("deutschkurs-b1-am-abend-in-stadtilm", key);
        Assert.Equal(HttpStatusCode.NotFound, notYetPublic.StatusCode);
        Assert.Contains("Freigeben und veröffentlichen", review);
        Assert.Contains("Deutschkurs B1 am Abend in Stadtilm", page);
        Assert.Contains("<strong>zweimal</strong>", page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        var item = await EditorSite.ItemAsync(factory, key);
        Assert.Equal("B1", item.Published!.Data.Course!.Level);
        Assert.Equal(new DateOnly(2027, 6, 30), item.Published.EndsOn);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], item.Published.Data.Schedule!.Weekly[0].Days);
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.ItemId == item.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["entry.created", "workflow.submitted", "workflow.published"], actions);
    }

    [Fact]
    public async Task A_publisher_sends_a_draft_back_with_a_comment_that_the_editor_sees()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        const string draft = "demo-entwurf-laufgruppe-martinroda";

        await EditorSite.PostAsync(editor, $"/admin/eintraege/{draft}?handler=Submit", $"/admin/eintraege/{draft}");
        var emptyComment = await EditorSite.PostAsync(publisher, $"/admin/eintraege/{draft}?handler=SendBack", $"/admin/eintraege/{draft}", ("kommentar", " "));
        var sentBack = await EditorSite.PostAsync(publisher, $"/admin/eintraege/{draft}?handler=SendBack", $"/admin/eintraege/{draft}", ("kommentar", "Bitte die Treffpunkte ergänzen."));
        var page = await editor.GetStringAsync($"/admin/eintraege/{draft}");

        Assert.Equal(HttpStatusCode.Conflict, emptyComment.StatusCode);
        Assert.Contains("Bitte schreiben Sie, was geändert werden soll.", await emptyComment.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Contains("Zurückgegeben von beauftragte", page);
        Assert.Contains("Bitte die Treffpunkte ergänzen.", page);
        Assert.Equal(WorkflowState.Draft, (await EditorSite.ItemAsync(factory, draft)).Latest.State);
    }

    [Fact]
    public async Task A_provider_edits_entries_of_its_own_organisation_only()
    {
        await using var factory = new WegweiserFactory("demo");
        var provider = await EditorSite.SignedInAsync(factory, "sprachschule", Roles.Provider, "demo-sprachschule-arnstadt");
        const string own = "demo-integrationskurs-a1-arnstadt";

        var list = await provider.GetStringAsync("/admin/eintraege");
        var form = await FormFields.ReadAsync(provider, $"/admin/eintraege/{own}");
        var saved = await form.Set("Input.Texts[summary]", "Neuer Kurs ab Januar.").PostAsync(provider, $"/admin/eintraege/{own}");
        var submitted = await EditorSite.PostAsync(provider, $"/admin/eintraege/{own}?handler=Submit", $"/admin/eintraege/{own}");
        var other = await provider.GetAsync($"/admin/eintraege/{Chor}");
        var publish = await EditorSite.PostAsync(provider, $"/admin/eintraege/{own}?handler=Publish", $"/admin/eintraege/{own}");
        var moved = await (await FormFields.ReadAsync(provider, $"/admin/eintraege/{own}"))
            .Set("Input.Organisation", "demo-bildungswerk-ilmenau").PostAsync(provider, $"/admin/eintraege/{own}");

        Assert.Contains($"href=\"/admin/eintraege/{own}\"", list);
        Assert.DoesNotContain($"href=\"/admin/eintraege/{Chor}\"", list);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        EditorSite.AssertDenied(other);
        EditorSite.AssertDenied(publish);
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        var item = await EditorSite.ItemAsync(factory, own);
        Assert.Equal(WorkflowState.InReview, item.Latest.State);
        Assert.Equal("Neuer Kurs ab Januar.", item.Latest.Translation("de")!.Field(ContentFields.Summary));
        Assert.NotEqual(item.Latest, item.Published);
    }
}
