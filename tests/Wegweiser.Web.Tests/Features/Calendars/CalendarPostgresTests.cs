using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Calendars;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>The subscription tables and a fetch on PostgreSQL (its own migration), as on SQLite; two nodes fetch a calendar once.</summary>
public class CalendarPostgresTests
{
    [Fact]
    public async Task A_fetch_on_PostgreSQL_creates_the_drafts_and_keeps_the_problems()
    {
        await using var server = await IcsServer.StartAsync();
        await using var factory = new WegweiserFactory("demo", "postgres", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Calendars:AllowPrivateAddresses"] = "true",
            ["Wegweiser:Calendars:MonthsAhead"] = "24",
        });
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        const string organisation = "demo-sprachschule-arnstadt";
        var good = await CalendarSite.SubscribeAsync(factory, editor, organisation, server.Url + "/kal/wiederkehrend.ics");
        var broken = await CalendarSite.SubscribeAsync(factory, editor, organisation, server.Url + "/kal/kaputt.ics");

        await CalendarSite.FetchNowAsync(editor, organisation, good);
        await CalendarSite.FetchNowAsync(editor, organisation, good);
        var page = await CalendarSite.FetchNowAsync(editor, organisation, broken);

        Assert.Equal(8, await factory.QueryAsync(db => db.CalendarEventLinks.CountAsync(l => l.SubscriptionId == good)));
        Assert.Contains("Nicht gelesen (7)", page);
        Assert.Contains("Beim letzten Abruf: 0 Termine neu angelegt, 0 geändert.", page);
    }

    [Fact]
    public async Task Two_nodes_running_the_hourly_job_at_once_fetch_a_calendar_once()
    {
        // Arrange: two nodes on one database, a subscription made on the first.
        await using var server = await IcsServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Wegweiser:Calendars:AllowPrivateAddresses"] = "true",
            ["Wegweiser:Calendars:MonthsAhead"] = "24",
        };
        await using var first = new WegweiserFactory("demo", "postgres", null, null, settings);
        var editor = await EditorSite.SignedInAsync(first, "redaktion", Roles.Editor);
        var id = await CalendarSite.SubscribeAsync(first, editor, "demo-sprachschule-arnstadt", server.Url + "/kal/wiederkehrend.ics");
        await using var second = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>(settings)
        {
            ["Wegweiser:Database:Provider"] = "Postgres",
            ["Wegweiser:Database:ConnectionString"] = first.PostgresConnectionString!,
        });
        second.CreateClient(); // the second node's start-up run may already take the calendar

        // Act: both nodes' hourly runs at the same moment.
        var jobs = new[] { first, second }.Select(f => f.Services.GetRequiredService<CalendarSubscriptionJob>()).ToList();
        await Task.WhenAll(jobs.Select(j => j.RunOnceAsync()));

        // Assert: whichever run took the calendar (perhaps the second node's start-up run, not awaited here) saves its 8 dates.
        var links = 0;
        for (var waited = 0; waited < 60 && links < 8; waited++)
        {
            await Task.Delay(TimeSpan.FromSeconds(waited == 0 ? 0 : 1));
            links = await first.QueryAsync(db => db.CalendarEventLinks.CountAsync(l => l.SubscriptionId == id));
        }

        Assert.Equal(8, links);
        Assert.Equal(1, server.Hits.GetValueOrDefault("/kal/wiederkehrend.ics"));
        Assert.Equal(8, await first.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == Wegweiser.Data.Audit.AuditActions.EntryCreated && a.Comment == $"Kalender-Abo {id}")));
    }
}
