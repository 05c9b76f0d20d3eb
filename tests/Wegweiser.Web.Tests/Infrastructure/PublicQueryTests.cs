using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>
/// Public GETs keep only the query parameters the site understands, in one order: a tracking or
/// random parameter neither makes a new cache entry nor travels on into the page's links.
/// </summary>
public sealed class PublicQueryTests
{
    [Fact]
    public async Task Unknown_parameters_neither_fill_the_cache_nor_reach_the_links()
    {
        // Arrange: the filtered list is stored once. The start-up archiver may still save a change
        // (a new content version misses once), so ask again until the round is clean.
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<PublicResponseCache>();
        string canonical;
        ResponseCacheStatistics statistics;
        var attempts = 0;
        do
        {
            canonical = await client.GetStringAsync("/de/kurse?niveau=A1");
            cache.TakeStatistics();

            // Act: five addresses with parameters the site does not know (and one name in capitals).
            for (var i = 0; i < 5; i++)
            {
                await client.GetStringAsync($"/de/kurse?utm_source=brief{i}&NIVEAU=A1&x{i}=1");
            }

            statistics = cache.TakeStatistics();
        }
        while (statistics.Hits < 5 && ++attempts < 20 && await Task.Delay(100).ContinueWith(_ => true));
        var page = await client.GetStringAsync("/de/kurse?niveau=A1&utm_source=zeitung");

        // Assert
        Assert.Equal(5, statistics.Hits);
        Assert.Equal(0, statistics.Stored);
        Assert.Equal(canonical, page);
        Assert.DoesNotContain("utm_source", page);
        Assert.Contains("href=\"/en/kurse?niveau=A1\"", page);
    }

    [Fact]
    public async Task Known_parameters_still_work_beside_unknown_ones()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();

        // Act
        var filtered = await client.GetStringAsync("/de/kurse?niveau=A1&tageszeit=abends");
        var withStrangers = await client.GetStringAsync("/de/kurse?ref=newsletter&Niveau=A1&fbclid=abc&tageszeit=abends");
        var unfiltered = await client.GetStringAsync("/de/kurse");

        // Assert: the same page, the filters applied (it differs from the whole list), no stray parameter.
        Assert.Equal(filtered, withStrangers);
        Assert.NotEqual(unfiltered, filtered);
        Assert.DoesNotContain("newsletter", withStrangers);
        Assert.DoesNotContain("fbclid", withStrangers);
    }

    [Fact]
    public async Task A_sent_form_still_says_thank_you()
    {
        // Arrange: the visitor's forms come back with ?gesendet=1, which must survive.
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var slug = await factory.GermanSlugAsync("demo-migrationsberatung-arnstadt");

        // Act
        var sent = await client.GetStringAsync($"/de/angebote/{slug}/fehler-melden?gesendet=1&utm_medium=mail");
        var form = await client.GetStringAsync($"/de/angebote/{slug}/fehler-melden");

        // Assert
        Assert.Contains("notice--success", sent);
        Assert.DoesNotContain("notice--success", form);
        Assert.DoesNotContain("utm_medium", sent);
    }
}
