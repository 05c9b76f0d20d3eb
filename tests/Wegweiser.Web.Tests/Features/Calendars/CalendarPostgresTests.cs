using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>The subscription tables and a fetch on PostgreSQL (its own migration), as on SQLite.</summary>
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
}
