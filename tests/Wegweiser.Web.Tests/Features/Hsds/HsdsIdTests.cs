using Wegweiser.Web.Features.Hsds;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>HSDS ids depend only on our keys: the same after a restart and on another site with the same entries.</summary>
public class HsdsIdTests
{
    [Fact]
    public void Ids_are_RFC_version_5_UUIDs_of_the_fixed_namespace()
    {
        // Worked out independently (Python's uuid.uuid5 over the same namespace and name).
        Assert.Equal("bc6f4987-a456-5b29-8717-c7f3d2e9df33", HsdsIds.Service("demo-migrationsberatung-arnstadt"));
        Assert.Equal("1b1a50fc-4fec-5a13-989f-ed522c223902", HsdsIds.Service("anonymer-krankenschein"));
    }

    [Fact]
    public async Task Ids_are_the_same_after_a_restart_and_on_another_node()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-hsds-ids-").FullName;
        List<string> first;
        using (var factory = new WegweiserFactory("demo", "sqlite", folder))
        {
            first = await IdsAsync(factory.CreateClient());
        }

        using var restarted = new WegweiserFactory("demo", "sqlite", folder);
        using var other = new WegweiserFactory("demo");
        var second = await IdsAsync(restarted.CreateClient());
        var third = await IdsAsync(other.CreateClient());

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    private static async Task<List<string>> IdsAsync(HttpClient client)
    {
        var ids = new List<string>();
        foreach (var path in new[] { "services", "organizations", "service_at_locations", "taxonomy_terms" })
        {
            ids.AddRange((await HsdsApi.AllAsync(client, path, "&full=true")).Select(n => n.ToJsonString())
                .SelectMany(j => System.Text.RegularExpressions.Regex.Matches(j, "\"id\":\"([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value)));
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
