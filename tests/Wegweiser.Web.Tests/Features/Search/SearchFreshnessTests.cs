using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>
/// A publish becomes searchable by itself and an archive takes the entry out again, on a site of its
/// own, with no restart and no manual rebuild. The time each took is printed (the target is a
/// second); the test allows ten, so a busy CI machine does not decide it, while a change the
/// indexer never hears of still fails. The class runs alone
/// (<see cref="SerialCollection"/>).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SearchFreshnessTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private const string Key = "test-quarkstrudel-sprechstunde";
    private readonly WegweiserFactory _factory = new("demo");

    [Fact]
    public async Task A_published_item_is_found_at_once_and_archiving_removes_it()
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
        var found = await WithinDeadlineAsync(client, keys => keys.Contains(Key));

        await _factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == Key);
            item.Transition(WorkflowState.Archived, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var gone = await WithinDeadlineAsync(client, keys => !keys.Contains(Key));
        output.WriteLine($"published → found after {found?.TotalMilliseconds:0} ms; archived → gone after {gone?.TotalMilliseconds:0} ms");

        // Assert
        Assert.True(found is not null, "The published item was not found within ten seconds.");
        Assert.True(gone is not null, "The archived item was still found after ten seconds.");
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<TimeSpan?> WithinDeadlineAsync(HttpClient client, Func<IReadOnlyList<string>, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Deadline)
        {
            if (condition(SearchApi.Keys(await SearchApi.SearchAsync(client, "Quarkstrudelsprechstunde"))))
            {
                return watch.Elapsed;
            }

            await Task.Delay(20);
        }

        return null;
    }
}
