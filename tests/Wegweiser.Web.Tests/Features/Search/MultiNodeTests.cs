using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own search index and caches: a publish on
/// one is searchable and listed on the other within a second (through the change log), and an
/// archive takes it out again. Runs alone, as it measures time.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class MultiNodeTests : IDisposable
{
    private const string Key = "test-zwei-knoten-sprechstunde";
    private readonly WegweiserFactory _first = new("demo", "postgres");
    private readonly WegweiserFactory _second;

    public MultiNodeTests()
    {
        _first.CreateClient();
        _second = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Database:Provider"] = "Postgres",
            ["Wegweiser:Database:ConnectionString"] = _first.PostgresConnectionString!,
        });
    }

    [Fact]
    public async Task A_publish_on_one_node_is_found_and_listed_on_the_other_within_a_second()
    {
        // Arrange
        var other = _second.CreateClient();
        await SearchApi.WaitForIndexAsync(other);
        Assert.Empty(SearchApi.Keys(await SearchApi.SearchAsync(other, "Zweiknotensprechstunde")));
        await other.GetStringAsync("/de/angebote"); // fills the list cache of the second node

        // Act
        await _first.QueryAsync(db =>
        {
            var item = ContentItem.Create(ContentType.Service, Key, DateTime.UtcNow, "test");
            item.Latest.SetTranslation("de", "zwei-knoten-sprechstunde", "Zweiknotensprechstunde Ilmenau",
                new Dictionary<string, string> { ["summary"] = "Nur für diesen Test." });
            item.Latest.UpdateDerived(item.Type);
            item.Transition(WorkflowState.Published, DateTime.UtcNow);
            db.ContentItems.Add(item);
            return db.SaveChangesAsync();
        });
        var found = await WithinAsync(other, keys => keys.Contains(Key));
        // The list pages by 20, sorted by title: "Zweiknotensprechstunde" comes last.
        var listed = (await other.GetStringAsync("/de/angebote?seite=999999")).Contains("Zweiknotensprechstunde Ilmenau", StringComparison.Ordinal);

        await _first.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == Key);
            item.Transition(WorkflowState.Archived, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var gone = await WithinAsync(other, keys => !keys.Contains(Key));

        // Assert
        Assert.True(found < TimeSpan.FromSeconds(1), $"found on the other node after {found.TotalMilliseconds:0} ms");
        Assert.True(listed, "the other node's list still came from its old cache");
        Assert.True(gone < TimeSpan.FromSeconds(1), $"still found on the other node after {gone.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_cached_page_on_the_other_node_changes_within_a_second_of_a_publish()
    {
        // Arrange: the second node has the list in its response cache.
        var other = _second.CreateClient();
        const string title = "Zweiknotenzwischenspeicher Arnstadt";
        Assert.DoesNotContain(title, await other.GetStringAsync("/de/angebote?seite=999999"));
        Assert.DoesNotContain(title, await other.GetStringAsync("/de/angebote?seite=999999"));

        // Act
        await _first.QueryAsync(db =>
        {
            var item = ContentItem.Create(ContentType.Service, Key + "-cache", DateTime.UtcNow, "test");
            item.Latest.SetTranslation("de", "zwei-knoten-zwischenspeicher", title, new Dictionary<string, string> { ["summary"] = "Nur für diesen Test." });
            item.Latest.UpdateDerived(item.Type);
            item.Transition(WorkflowState.Published, DateTime.UtcNow);
            db.ContentItems.Add(item);
            return db.SaveChangesAsync();
        });
        var watch = Stopwatch.StartNew();
        var shown = false;
        while (!shown && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            shown = (await other.GetStringAsync("/de/angebote?seite=999999")).Contains(title, StringComparison.Ordinal);
            if (!shown)
            {
                await Task.Delay(25);
            }
        }

        // Assert
        Assert.True(shown && watch.Elapsed < TimeSpan.FromSeconds(1), $"shown on the other node: {shown}, after {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    /// <summary>How long until the condition holds (up to five seconds, to report the figure).</summary>
    private static async Task<TimeSpan> WithinAsync(HttpClient client, Func<IReadOnlyList<string>, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            if (condition(SearchApi.Keys(await SearchApi.SearchAsync(client, "Zweiknotensprechstunde"))))
            {
                return watch.Elapsed;
            }

            await Task.Delay(25);
        }

        return watch.Elapsed;
    }
}
