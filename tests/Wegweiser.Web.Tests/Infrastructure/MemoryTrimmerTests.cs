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
    private static MemoryTrimmer Trimmer() =>
        new(Options.Create(new WegweiserOptions()), NullLogger<MemoryTrimmer>.Instance);

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
