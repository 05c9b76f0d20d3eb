using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Audit;
using Wegweiser.Web.Features.Calendars;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>
/// What a fetch does when the partner takes dates out of the calendar (drafts are archived,
/// published dates are listed for the editors), and "Jetzt abrufen" when the database refuses
/// to save: a German message and nothing changed.
/// </summary>
public class CalendarChangesTests(CalendarSubscriptionTests.Site site) : IClassFixture<CalendarSubscriptionTests.Site>
{
    private static string Event(string uid, string title, string month) => $"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260101T000000Z
        DTSTART:{IcsServer.Year}{month}01T160000Z
        DTEND:{IcsServer.Year}{month}01T180000Z
        SUMMARY:{title}
        END:VEVENT

        """;

    private static string Calendar(params string[] events) =>
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Partner//Test//DE\n" + string.Concat(events) + "END:VCALENDAR\n";

    [Fact]
    public async Task Dates_taken_out_of_the_calendar_archive_their_drafts_and_list_published_ones_for_the_editors()
    {
        // Arrange: three dates, one of them published by a publisher.
        const string organisation = "demo-bildungswerk-ilmenau";
        var kept = Event("bleibt@partner.example", "Elterncafé", "05");
        var draft = Event("entwurf@partner.example", "Nähtreff", "06");
        var live = Event("live@partner.example", "Sommerfest", "07");
        site.Server.Calendars["weniger.ics"] = Calendar(kept, draft, live);
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, site.Server.Url + "/var/weniger.ics");
        await CalendarSite.FetchNowAsync(site.Editor, organisation, id);
        var ids = await ItemsByUidAsync(id);
        await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Id == ids["live@partner.example"]);
            item.Transition(WorkflowState.Published, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        // Act: the partner deletes two dates.
        site.Server.Calendars["weniger.ics"] = Calendar(kept);
        var page = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);
        var again = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);

        // Assert
        var items = await ItemsAsync(ids.Values);
        Assert.Equal(WorkflowState.Draft, items[ids["bleibt@partner.example"]].Latest.State);
        Assert.Equal(WorkflowState.Archived, items[ids["entwurf@partner.example"]].Latest.State);
        Assert.Null(items[ids["entwurf@partner.example"]].Published);
        Assert.NotNull(items[ids["live@partner.example"]].Published);
        Assert.Contains("Nicht mehr im Kalender (2)", page);
        Assert.Contains($"„Nähtreff“ am 01.06.{IcsServer.Year} 18:00: nicht mehr im Kalender des Partners. Der Entwurf wurde archiviert.", page);
        Assert.Contains($"„Sommerfest“ am 01.07.{IcsServer.Year} 18:00: nicht mehr im Kalender des Partners, aber veröffentlicht.", page);
        Assert.Contains($"href=\"/admin/eintraege/{items[ids["live@partner.example"]].Key}\"", page);
        Assert.DoesNotContain("Nicht gelesen", page);
        // The archived draft is not archived again; the published date stays listed until an editor acts.
        Assert.Contains("Nicht mehr im Kalender (1)", again);
        Assert.Contains("„Sommerfest“", again);
        var archived = await site.Factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.ItemId == ids["entwurf@partner.example"] && a.Action == AuditActions.WorkflowArchived));
        Assert.Equal(CalendarEventWriter.JobUser, archived.UserName);
        Assert.Equal($"Nicht mehr im Kalender (Kalender-Abo {id})", archived.Comment);
    }

    [Fact]
    public async Task A_calendar_without_any_dates_takes_nothing_away()
    {
        const string organisation = "demo-ehrenamtsnetz-ilm-kreis";
        site.Server.Calendars["leer.ics"] = Calendar(Event("einer@partner.example", "Stammtisch", "08"));
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, site.Server.Url + "/var/leer.ics");
        await CalendarSite.FetchNowAsync(site.Editor, organisation, id);

        site.Server.Calendars["leer.ics"] = Calendar();
        var page = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);

        var item = Assert.Single((await ItemsAsync((await ItemsByUidAsync(id)).Values)).Values);
        Assert.Equal(WorkflowState.Draft, item.Latest.State);
        Assert.DoesNotContain("Nicht mehr im Kalender (", page); // the list's heading; the intro names it in quotes
    }

    [Fact]
    public async Task A_database_error_during_Jetzt_abrufen_shows_a_German_message_and_changes_nothing()
    {
        // Arrange: the database refuses every new link row, as it would a row another fetch saved first.
        const string organisation = "demo-beratungsstelle-ilm-kreis";
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, site.Server.Url + "/kal/wiederkehrend.ics");
        var before = await CountsAsync();
        await ExecuteAsync("CREATE TRIGGER test_refuse_links BEFORE INSERT ON CalendarEventLinks BEGIN SELECT RAISE(ABORT, 'test: refused'); END;");
        string page;
        try
        {
            // Act
            var fetched = await EditorSite.PostAsync(site.Editor, CalendarSite.Page(organisation) + "?handler=Fetch", CalendarSite.Page(organisation),
                ("id", id.ToString(CultureInfo.InvariantCulture)));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, fetched.StatusCode);
            page = System.Net.WebUtility.HtmlDecode(await site.Editor.GetStringAsync(fetched.Headers.Location!.OriginalString));
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER test_refuse_links;");
        }

        // Assert
        Assert.Contains("Der Abruf hat nicht geklappt, weil die Datenbank ihn nicht speichern konnte.", page);
        Assert.Contains("Es wurde nichts geändert.", page);
        Assert.Contains("role=\"alert\"", page);
        Assert.Equal(before, await CountsAsync());
        Assert.Null(await site.Factory.QueryAsync(db => db.CalendarSubscriptions.Where(s => s.Id == id).Select(s => s.LastFetchedUtc).SingleAsync()));
    }

    private Task<int> ExecuteAsync(string sql) => site.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    private Task<(int Items, int Versions, int Links, int Audit)> CountsAsync() => site.Factory.QueryAsync(async db =>
        (await db.ContentItems.CountAsync(), await db.ContentVersions.CountAsync(), await db.CalendarEventLinks.CountAsync(), await db.AuditEntries.CountAsync()));

    private Task<Dictionary<string, Guid>> ItemsByUidAsync(long subscription) => site.Factory.QueryAsync(db =>
        db.CalendarEventLinks.Where(l => l.SubscriptionId == subscription).ToDictionaryAsync(l => l.Uid, l => l.ItemId));

    private Task<Dictionary<Guid, ContentItem>> ItemsAsync(IEnumerable<Guid> ids) => site.Factory.QueryAsync(db =>
    {
        var list = ids.ToList();
        return db.ContentItems.AsNoTracking().Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery()
            .Where(i => list.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
    });
}
