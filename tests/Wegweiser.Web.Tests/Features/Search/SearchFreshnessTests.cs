using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>
/// A publish is searchable within a second and an archive takes the entry out again; on a site of
/// its own. The class runs alone (<see cref="SerialCollection"/>): under the load of the other test
/// classes on two cores, the deadline would measure the machine rather than the indexer.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SearchFreshnessTests : IDisposable
{
    private const string Key = "test-quarkstrudel-sprechstunde";
    private readonly WegweiserFactory _factory = new("demo");

    [Fact]
    public async Task A_published_item_is_found_within_a_second_and_archiving_removes_it()
    {
        // Arrange
        var client = _factory.CreateClient();
        await SearchApi.WaitForIndexAsync(client);
        Assert.Empty(SearchApi.Keys(await SearchApi.SearchAsync(client, "Quarkstrudelsprechstunde")));

        // Act
        await _factory.QueryAsync(db =>
        {
            var item = ContentItem.Create(ContentType.Service, Key, DateTime.UtcNow, "test");
            item.Latest.SetTranslation("de", "quarkstrudel-sprechstunde", "Quarkstrudelsprechstunde Arnstadt",
                new Dictionary<string, string> { ["summary"] = "Eine Sprechstunde nur für diesen Test." });
            item.Latest.UpdateDerived(item.Type);
            item.Transition(WorkflowState.Published, DateTime.UtcNow);
            db.ContentItems.Add(item);
            return db.SaveChangesAsync();
        });
        var found = await WithinASecondAsync(client, keys => keys.Contains(Key));

        await _factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == Key);
            item.Transition(WorkflowState.Archived, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var gone = await WithinASecondAsync(client, keys => !keys.Contains(Key));

        // Assert
        Assert.True(found, "The published item was not found within a second.");
        Assert.True(gone, "The archived item was still found after a second.");
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<bool> WithinASecondAsync(HttpClient client, Func<IReadOnlyList<string>, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(1))
        {
            if (condition(SearchApi.Keys(await SearchApi.SearchAsync(client, "Quarkstrudelsprechstunde"))))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
