using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Tests.Faults;

/// <summary>
/// PostgreSQL stopped under a running site and started again: pages that need the database answer
/// 503 with a German page and <c>Retry-After</c> (JSON for the API) quickly, pages in the cache keep
/// answering, and after the start the site recovers by itself, change-log polling included.
/// </summary>
public partial class PostgresOutageTests
{
    [Fact]
    public async Task A_stopped_database_gives_503_in_German_and_the_site_recovers_by_itself()
    {
        // Arrange
        using var postgres = ThrowawayPostgres.Start();
        var connection = postgres.ConnectionString($"ww_outage_{Guid.NewGuid():N}");
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Database:Provider"] = "Postgres",
            ["Wegweiser:Database:ConnectionString"] = connection,
        });
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);
        var cached = "/de/angebote";
        var list = await client.GetStringAsync(cached);
        var details = DetailLink().Matches(list).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(details.Count >= 4, "The demo site lists at least four services.");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(details[0])).StatusCode);

        // Act: requests keep coming while the server stops.
        using var load = new CancellationTokenSource();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<(HttpStatusCode Status, TimeSpan Took)>();
        var traffic = Task.Run(async () =>
        {
            var n = 0;
            while (!load.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                var path = n++ % 2 == 0 ? cached : $"/de/angebote/gibt-es-nicht-{n}";
                using var r = await client.GetAsync(path);
                statuses.Add((r.StatusCode, watch.Elapsed));
            }
        });
        await Task.Delay(300);
        postgres.StopServer();
        await Task.Delay(500);

        var watch = Stopwatch.StartNew();
        var page = await client.GetAsync(details[1]);
        var pageTook = watch.Elapsed;
        var html = await page.Content.ReadAsStringAsync();
        var api = await client.GetAsync("/api/suche?q=beratung&kultur=de");
        var stillCached = await client.GetAsync(cached);
        // Never asked before: rendered from the snapshot now, its cards without summaries, and not kept.
        var uncachedList = await client.GetAsync("/de/kurse");
        await load.CancelAsync();
        await traffic;

        // Assert: during the outage.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.True(pageTook < TimeSpan.FromSeconds(5), $"The 503 took {pageTook.TotalSeconds:0.0} s.");
        Assert.Contains("Gerade nicht erreichbar", html);
        Assert.Contains("Bitte versuchen Sie es in ein paar Minuten noch einmal.", html);
        Assert.Contains("lang=\"de\"", html);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.True(api.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"/api/suche answered {api.StatusCode}.");
        if (api.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
            Assert.Contains("nicht erreichbar", await api.Content.ReadAsStringAsync());
            Assert.NotNull(api.Headers.RetryAfter);
        }

        Assert.Equal(HttpStatusCode.OK, stillCached.StatusCode);
        Assert.Equal(HttpStatusCode.OK, uncachedList.StatusCode);
        Assert.Contains("no-store", uncachedList.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(statuses, s => s.Status == HttpStatusCode.InternalServerError);
        Assert.All(statuses, s => Assert.True(s.Took < TimeSpan.FromSeconds(5), $"A request took {s.Took.TotalSeconds:0.0} s."));

        // Act and assert: after the start, without restarting the site.
        postgres.StartServer();
        var recovered = await EventuallyAsync(async () => (await client.GetAsync(details[2])).StatusCode == HttpStatusCode.OK);
        Assert.True(recovered, "The site did not answer 200 within 15 s of the database's start.");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(details[3])).StatusCode);
        var signal = factory.Services.GetRequiredService<ContentChangeSignal>();
        var changeId = await factory.QueryAsync(async db =>
        {
            var change = new ContentChange { ChangedUtc = DateTime.UtcNow, ItemIds = "" };
            db.ContentChanges.Add(change);
            await db.SaveChangesAsync();
            return change.Id;
        });
        Assert.True(await EventuallyAsync(() => Task.FromResult(signal.IsKnown(changeId))), "Change-log polling did not resume.");
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    [GeneratedRegex("href=\"(/de/angebote/[a-z0-9-]+)\"")]
    private static partial Regex DetailLink();
}
