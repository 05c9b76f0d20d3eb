namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>"Jetzt geöffnet", "öffnet morgen um 9 Uhr" and the next monthly date, on the real pages at fixed moments.</summary>
public class OpeningHoursPageTests
{
    [Theory]
    // Weekly hours Mon+Thu 9–12, Tue 13–17 (demo data).
    [InlineData("demo-migrationsberatung-arnstadt", 2026, 11, 25, 10, 0, "Öffnet morgen um 9 Uhr")]      // Wednesday
    [InlineData("demo-migrationsberatung-arnstadt", 2026, 11, 26, 10, 0, "Jetzt geöffnet")]              // Thursday
    [InlineData("demo-migrationsberatung-arnstadt", 2026, 11, 26, 12, 0, "Öffnet am Montag um 9 Uhr")]   // Thursday noon: across the weekend
    [InlineData("demo-migrationsberatung-arnstadt", 2026, 11, 24, 8, 0, "Öffnet heute um 13 Uhr")]       // Tuesday morning
    // First Tuesday of the month, 14–16.
    [InlineData("demo-sprechstunde-anerkennung-ilmenau", 2026, 11, 25, 10, 0, "Öffnet am Dienstag um 14 Uhr")]
    [InlineData("demo-sprechstunde-anerkennung-ilmenau", 2027, 3, 2, 15, 0, "Jetzt geöffnet")]
    // Exceptions in the demo data: 5 January 2027 closed, 6 April 2027 open 10–12 instead.
    [InlineData("demo-sprechstunde-anerkennung-ilmenau", 2026, 12, 1, 16, 30, "Öffnet am Dienstag, 2. Februar um 14 Uhr")]
    [InlineData("demo-sprechstunde-anerkennung-ilmenau", 2027, 3, 2, 16, 30, "Öffnet am Dienstag, 6. April um 10 Uhr")] // across the change to summer time
    public async Task The_detail_page_says_when_it_opens(string key, int year, int month, int day, int hour, int minute, string expected)
    {
        await using var factory = new WegweiserFactory("demo", now: FixedClock.Berlin(year, month, day, hour, minute));
        var client = factory.CreateClient();
        var slug = await factory.GermanSlugAsync(key);

        var html = await client.GetStringAsync($"/de/angebote/{slug}");

        Assert.Contains($"<p class=\"open-state\">{expected}</p>", html);
    }
}
