using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>
/// The trimmer collects only when the collector holds more unused memory than the configured slack,
/// and the site runs it as a hosted service with the settings from <c>Wegweiser:Memory</c>.
/// </summary>
public sealed class MemoryTrimmerTests
{
    private static MemoryTrimmer Trimmer(MemoryOptions? memory = null) =>
        new(Options.Create(new WegweiserOptions { Memory = memory ?? new MemoryOptions() }), NullLogger<MemoryTrimmer>.Instance);

    [Fact]
    public void Slack_larger_than_any_heap_collects_nothing()
    {
        Assert.False(Trimmer().TrimIfWorthIt(long.MaxValue));
    }

    [Fact]
    public void Slack_below_what_the_collector_holds_runs_a_full_collection()
    {
        var fullCollections = GC.CollectionCount(GC.MaxGeneration);

        var trimmed = Trimmer().TrimIfWorthIt(-1);

        Assert.True(trimmed);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullCollections);
    }

    [Fact]
    public void A_quiet_interval_trims_once_and_requests_start_a_new_quiet_spell()
    {
        // Arrange: looks every 10 s, the busy check every 30 s.
        var trimmer = Trimmer(new MemoryOptions { CheckSeconds = 30, IdleSeconds = 10 });
        trimmer.NoteRequest();

        // Act: requests during the first interval, then three quiet ones, then a request and a quiet one.
        var looks = new List<MemoryTrimmer.Look> { trimmer.Tick(), trimmer.Tick(), trimmer.Tick(), trimmer.Tick() };
        trimmer.NoteRequest();
        looks.Add(trimmer.Tick());
        looks.Add(trimmer.Tick());

        // Assert
        Assert.Equal(10, trimmer.TickSeconds);
        Assert.Equal(
            [MemoryTrimmer.Look.None, MemoryTrimmer.Look.Idle, MemoryTrimmer.Look.None, MemoryTrimmer.Look.Busy, MemoryTrimmer.Look.None, MemoryTrimmer.Look.Idle],
            looks);
    }

    [Fact]
    public void Without_idle_trimming_only_the_busy_check_runs()
    {
        var trimmer = Trimmer(new MemoryOptions { CheckSeconds = 30, IdleSeconds = 0 });

        var looks = new[] { trimmer.Tick(), trimmer.Tick() };

        Assert.Equal(30, trimmer.TickSeconds);
        Assert.Equal([MemoryTrimmer.Look.Busy, MemoryTrimmer.Look.Busy], looks);
    }

    [Fact]
    public async Task The_site_counts_its_requests_for_the_trimmer()
    {
        // Arrange: the site's own timer stays out of the way (an hour between its looks).
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Memory:CheckSeconds"] = "3600",
            ["Wegweiser:Memory:IdleSeconds"] = "3600",
        });
        var client = factory.CreateClient();
        var trimmer = factory.Services.GetRequiredService<MemoryTrimmer>();
        await client.GetAsync("/de/");
        trimmer.Tick();

        // Act: a quiet look, then one after a request.
        var quiet = trimmer.Tick();
        await client.GetAsync("/de/angebote");
        var afterRequest = trimmer.Tick();

        // Assert
        Assert.Equal(MemoryTrimmer.Look.Idle, quiet);
        Assert.NotEqual(MemoryTrimmer.Look.Idle, afterRequest);
        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => ReferenceEquals(s, trimmer));
    }

    [Fact]
    public async Task A_quiet_look_closes_the_pooled_sqlite_connections()
    {
        // Arrange: four connections returned to the site's pool, as after a burst of requests.
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Memory:CheckSeconds"] = "3600",
            ["Wegweiser:Memory:IdleSeconds"] = "3600",
        });
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de/")).StatusCode);
        var trimmer = factory.Services.GetRequiredService<MemoryTrimmer>();
        var connectionString = Wegweiser.Data.DataServiceCollectionExtensions.SqliteConnectionString(factory.DataFolder);
        var database = Path.Combine(Path.GetFullPath(factory.DataFolder), "wegweiser.db");
        var opened = new List<Microsoft.Data.Sqlite.SqliteConnection>();
        for (var i = 0; i < 4; i++)
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            await connection.OpenAsync();
            opened.Add(connection);
        }

        foreach (var connection in opened)
        {
            await connection.DisposeAsync();
        }

        var pooled = OpenHandles(database);
        trimmer.Tick();

        // Act
        var look = trimmer.Tick();

        // Assert: the change watcher may hold one for its quarter-second poll.
        Assert.Equal(MemoryTrimmer.Look.Idle, look);
        Assert.True(pooled >= 4, $"{pooled} pooled connections before the quiet look");
        Assert.InRange(OpenHandles(database), 0, 1);
    }

    private static int OpenHandles(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget == path);

    [Fact]
    public async Task The_site_runs_the_trimmer_with_its_settings()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Memory:CheckSeconds"] = "5",
            ["Wegweiser:Memory:TrimSlackMegabytes"] = "48",
        });
        _ = factory.CreateClient();

        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => s is MemoryTrimmer);
        var memory = factory.Services.GetRequiredService<IOptions<WegweiserOptions>>().Value.Memory;
        Assert.Equal(5, memory.CheckSeconds);
        Assert.Equal(48, memory.TrimSlackMegabytes);
    }
}
