using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Calendars;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>With the default configuration a calendar on loopback is refused, by the page's "fetch now" and by the hourly job alike.</summary>
public class PrivateAddressTests
{
    [Fact]
    public async Task A_calendar_on_loopback_is_refused_when_private_addresses_are_not_allowed()
    {
        // Arrange
        await using var server = await IcsServer.StartAsync();
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        const string organisation = "demo-sprachschule-arnstadt";
        var id = await CalendarSite.SubscribeAsync(factory, editor, organisation, server.Url + "/kal/einfach.ics");
        await CalendarSite.SubscribeAsync(factory, editor, organisation, server.Url + "/weiter?ziel=http://169.254.169.254/");

        // Act
        var page = await CalendarSite.FetchNowAsync(editor, organisation, id);
        var changed = await factory.Services.GetRequiredService<CalendarSubscriptionJob>().RunOnceAsync();

        // Assert
        Assert.Contains("Der letzte Abruf hat nicht geklappt: Die Adresse führt in ein internes Netz (127.0.0.1).", page);
        Assert.Equal(0, changed);
        var errors = await factory.QueryAsync(db => db.CalendarSubscriptions.Select(s => s.LastError).ToListAsync());
        Assert.All(errors, e => Assert.StartsWith("Die Adresse führt in ein internes Netz", e));
        Assert.False(await factory.QueryAsync(db => db.CalendarEventLinks.AnyAsync()));
    }
}
