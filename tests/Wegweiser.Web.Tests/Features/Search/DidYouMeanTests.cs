using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>"Meinten Sie" never offers a word that only an archived entry had.</summary>
public sealed class DidYouMeanTests
{
    private const string Key = "test-xylofonia-treffen";

    [Fact]
    public async Task A_word_of_an_archived_entry_is_no_longer_suggested()
    {
        // Arrange: an entry with a word no other entry has, published and found
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        await SearchApi.WaitForIndexAsync(client);
        await factory.QueryAsync(db =>
        {
            var item = ContentItem.Create(ContentType.Service, Key, DateTime.UtcNow, "test");
            item.Latest.SetTranslation("de", "xylofonia", "Xylofonia", new Dictionary<string, string> { ["summary"] = "Xylofonia für diesen Test." });
            item.Latest.UpdateDerived(item.Type);
            item.Transition(WorkflowState.Published, DateTime.UtcNow);
            db.ContentItems.Add(item);
            return db.SaveChangesAsync();
        });
        Assert.True(await EventuallyAsync(async () => SearchApi.Keys(await SearchApi.SearchAsync(client, "Xylofonia")).Contains(Key)));

        // Act: it is archived
        await factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == Key);
            item.Transition(WorkflowState.Archived, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        Assert.True(await EventuallyAsync(async () => SearchApi.Keys(await SearchApi.SearchAsync(client, "Xylofonia")).Count == 0));
        var misspelt = await SearchApi.SearchAsync(client, "Xylofonja");

        // Assert
        Assert.Equal(0, misspelt.GetProperty("total").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, misspelt.GetProperty("didYouMean").ValueKind);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
