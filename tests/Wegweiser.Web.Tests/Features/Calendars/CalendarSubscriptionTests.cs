using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Audit;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Calendars;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>
/// Calendar subscriptions end to end on the demo site, against the loopback iCalendar server
/// (private addresses allowed, as only tests do): an editor adds a calendar to an organisation,
/// a fetch creates drafts of its dates, a refetch updates them instead of adding more, a published
/// event's update becomes a draft of its next version, and nothing is ever published.
/// </summary>
public class CalendarSubscriptionTests(CalendarSubscriptionTests.Site site) : IClassFixture<CalendarSubscriptionTests.Site>
{
    public sealed class Site : IAsyncLifetime
    {
        public IcsServer Server { get; private set; } = null!;

        public WegweiserFactory Factory { get; } = new("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Calendars:AllowPrivateAddresses"] = "true",
            ["Wegweiser:Calendars:MonthsAhead"] = "24",
        });

        public HttpClient Editor { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await IcsServer.StartAsync();
            Factory.CreateClient();
            Editor = await EditorSite.SignedInAsync(Factory, "redaktion", Roles.Editor);
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            await Server.DisposeAsync();
        }
    }

    /// <summary>The entries a subscription's fetches made.</summary>
    private Task<List<ContentItem>> EventsOfAsync(long subscription) => site.Factory.QueryAsync(async db =>
    {
        var ids = await db.CalendarEventLinks.Where(l => l.SubscriptionId == subscription).Select(l => l.ItemId).ToListAsync();
        return await db.ContentItems.AsNoTracking().Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery()
            .Where(i => ids.Contains(i.Id)).ToListAsync();
    });

    [Fact]
    public async Task A_fetch_creates_drafts_of_every_date_for_the_organisation_and_publishes_nothing()
    {
        // Arrange
        const string organisation = "demo-sprachschule-arnstadt";
        var address = site.Server.Url + "/kal/wiederkehrend.ics";

        // Act
        var edit = await site.Editor.GetStringAsync($"/admin/eintraege/{organisation}");
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, address);
        var page = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);
        var events = await EventsOfAsync(id);

        // Assert
        Assert.Contains($"href=\"{CalendarSite.Page(organisation)}\"", edit);
        Assert.Contains(address, page);
        Assert.Contains("Beim letzten Abruf: 8 Termine neu angelegt, 0 geändert.", page);
        Assert.Contains("Zuletzt abgerufen:", page);
        Assert.Equal(8, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal(ContentType.Event, e.Type);
            Assert.Equal(organisation, e.Latest.Data.Organisation);
            Assert.Equal(WorkflowState.Draft, e.Latest.State);
            Assert.Null(e.Published);
        });
        var cafe = events.Single(e => e.Latest.Translation(Cultures.Source)!.Title == "Sprachcafé im Rathaus");
        Assert.Equal(new DateTime(IcsServer.Year, 1, 19, 19, 0, 0), cafe.Latest.Data.Event!.Starts);
        Assert.Equal("Rathaus Arnstadt", cafe.Latest.Translation(Cultures.Source)!.Fields["place"]);
        var added = await site.Factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.CalendarAdded && a.Details!.Contains("wiederkehrend")));
        Assert.Equal("redaktion", added.UserName);
        Assert.Equal(ContentItem.IdFromKey(organisation), added.ItemId);
        Assert.Equal(8, await site.Factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.EntryCreated && a.UserName == CalendarEventWriter.JobUser && a.Comment == $"Kalender-Abo {id}")));
    }

    [Fact]
    public async Task A_refetch_updates_the_same_entries_and_a_published_one_gets_a_draft_of_its_next_version()
    {
        // Arrange: a calendar the test changes between fetches.
        const string organisation = "demo-bildungswerk-ilmenau";
        site.Server.Calendars["abo.ics"] = IcsServer.Fixture("einfach.ics");
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, site.Server.Url + "/var/abo.ics");
        await CalendarSite.FetchNowAsync(site.Editor, organisation, id);
        var first = Assert.Single(await EventsOfAsync(id));
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Wegweiser.Data.WegweiserDbContext>();
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Id == first.Id);
            item.Transition(WorkflowState.Published, DateTime.UtcNow); // as a publisher would
            await db.SaveChangesAsync();
        }

        // Act: the partner renames the event; then fetches without change.
        site.Server.Calendars["abo.ics"] = IcsServer.Fixture("einfach.ics").Replace("SUMMARY:Offener Treff", "SUMMARY:Offener Treff mit Musik");
        var changed = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);
        var unchanged = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);

        // Assert
        var item2 = Assert.Single(await EventsOfAsync(id));
        Assert.Equal(first.Id, item2.Id);
        Assert.Contains("Beim letzten Abruf: 0 Termine neu angelegt, 1 geändert.", changed);
        Assert.Contains("Beim letzten Abruf: 0 Termine neu angelegt, 0 geändert.", unchanged);
        Assert.Equal(2, item2.Versions.Count);
        Assert.Equal("Offener Treff", item2.Published!.Translation(Cultures.Source)!.Title);
        Assert.Equal(1, item2.Published.Number);
        Assert.Equal("Offener Treff mit Musik", item2.Latest.Translation(Cultures.Source)!.Title);
        Assert.Equal(WorkflowState.Draft, item2.Latest.State);
    }

    [Fact]
    public async Task The_page_shows_what_could_not_be_read_by_line_uid_and_reason()
    {
        const string organisation = "demo-beratungsstelle-ilm-kreis";
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, site.Server.Url + "/kal/kaputt.ics");

        var page = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);

        Assert.Contains("Nicht gelesen (7)", page);
        Assert.Contains("kaputte-zeile@partner.example", page);
        Assert.Contains("keine gültige Kalenderzeile", page);
        Assert.Contains("Das Ereignis hat keine UID.", page);
        Assert.Contains("Das Ereignis hat keinen Beginn (DTSTART).", page);
        Assert.Contains("Das Ereignis ist nicht abgeschlossen (END:VEVENT fehlt).", page);
        Assert.Contains("Beim letzten Abruf: 2 Termine neu angelegt, 0 geändert.", page);
        Assert.Equal(2, (await EventsOfAsync(id)).Count);
    }

    [Fact]
    public async Task A_huge_or_slow_calendar_is_reported_and_changes_nothing()
    {
        const string organisation = "demo-ehrenamtsnetz-ilm-kreis";
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, site.Server.Url + "/gross");

        var page = await CalendarSite.FetchNowAsync(site.Editor, organisation, id);

        Assert.Contains("Der letzte Abruf hat nicht geklappt: Der Kalender ist größer als 2 MB. Er wurde nicht gelesen.", page);
        Assert.Empty(await EventsOfAsync(id));
    }

    [Fact]
    public async Task A_wrong_address_is_refused_with_a_message_and_nothing_is_stored()
    {
        const string organisation = "demo-migrationsberatung-arnstadt";
        var before = await site.Factory.QueryAsync(db => db.CalendarSubscriptions.CountAsync());

        var refused = await CalendarSite.AddAsync(site.Editor, "demo-sprachschule-arnstadt", "ftp://partner.example/k.ics");
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var notAnOrganisation = await site.Editor.GetAsync(CalendarSite.Page(organisation));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Die Adresse muss mit https://, http:// oder webcal:// beginnen.", body);
        Assert.Contains("aria-describedby=\"cal-url-hint cal-url-error\"", body);
        Assert.Equal(before, await site.Factory.QueryAsync(db => db.CalendarSubscriptions.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, notAnOrganisation.StatusCode);
    }

    [Fact]
    public async Task Removing_a_subscription_is_audited_and_keeps_the_entries()
    {
        const string organisation = "demo-sprachschule-arnstadt";
        site.Server.Calendars["weg.ics"] = IcsServer.Fixture("einfach.ics").Replace("einfach@", "weg@");
        var id = await CalendarSite.SubscribeAsync(site.Factory, site.Editor, organisation, site.Server.Url + "/var/weg.ics");
        await CalendarSite.FetchNowAsync(site.Editor, organisation, id);
        var linked = await site.Factory.QueryAsync(db => db.CalendarEventLinks.Where(l => l.SubscriptionId == id).Select(l => l.ItemId).SingleAsync());

        var removed = await EditorSite.PostAsync(site.Editor, CalendarSite.Page(organisation) + "?handler=Remove", CalendarSite.Page(organisation), ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await site.Factory.QueryAsync(db => db.CalendarSubscriptions.AnyAsync(s => s.Id == id)));
        Assert.False(await site.Factory.QueryAsync(db => db.CalendarEventLinks.AnyAsync(l => l.SubscriptionId == id)));
        Assert.True(await site.Factory.QueryAsync(db => db.ContentItems.AnyAsync(i => i.Id == linked)));
        Assert.True(await site.Factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.CalendarRemoved && a.Details!.Contains("weg.ics"))));
    }
}
