using System.Diagnostics;
using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Tests.Features.Search;

namespace Wegweiser.Web.Tests.Faults;

/// <summary>
/// The search index folder deleted, or its segments file overwritten with garbage, under a running
/// site: search keeps answering, the index is rebuilt by itself within seconds (the bounds here allow for a busy test machine), and what is
/// published afterwards is found (and lasts on disk).
/// </summary>
public sealed class SearchIndexLossTests
{
    [Theory]
    [InlineData("deleted")]
    [InlineData("corrupted")]
    public async Task Search_keeps_answering_and_the_index_is_rebuilt_by_itself(string fault)
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        await SearchApi.WaitForIndexAsync(client);
        var folder = Path.Combine(factory.DataFolder, "index", "de");
        Assert.True(IsReadableIndex(folder));

        // Act
        if (fault == "deleted")
        {
            DeleteWhileTheSiteWrites(Path.Combine(factory.DataFolder, "index"));
        }
        else
        {
            foreach (var segments in System.IO.Directory.GetFiles(folder, "segments*"))
            {
                await File.WriteAllBytesAsync(segments, "kaputt, kaputt, kaputt"u8.ToArray());
            }
        }

        var api = await client.GetAsync("/api/suche?q=beratung&kultur=de");
        var page = await client.GetAsync("/de/suche?q=beratung&neu=1");
        var rebuilt = await EventuallyAsync(() => Task.FromResult(IsReadableIndex(folder)));
        await factory.QueryAsync(db =>
        {
            var item = ContentItem.Create(ContentType.Service, "test-indexverlust", DateTime.UtcNow, "test");
            item.Latest.SetTranslation("de", "indexverlust", "Zwetschgenkuchensprechstunde Ilmenau",
                new Dictionary<string, string> { ["summary"] = "Eine Sprechstunde nur für diesen Test." });
            item.Latest.UpdateDerived(item.Type);
            item.Transition(WorkflowState.Published, DateTime.UtcNow);
            db.ContentItems.Add(item);
            return db.SaveChangesAsync();
        });
        var found = await EventuallyAsync(async () =>
            SearchApi.Keys(await SearchApi.SearchAsync(client, "Zwetschgenkuchensprechstunde")).Contains("test-indexverlust"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(rebuilt, $"The {fault} index was not rebuilt on disk within 30 s.");
        Assert.True(found, "An entry published after the fault was not found within 30 s.");
        Assert.NotEmpty(SearchApi.Keys(await SearchApi.SearchAsync(client, "beratung")));
        Assert.True(IsReadableIndex(folder), "The index on disk is not readable after the update.");
    }

    /// <summary>
    /// Deletes the folder; the site may write a new file into it at the same moment (its self-check
    /// rebuilds every few seconds), which makes a single recursive delete fail with "not empty".
    /// </summary>
    private static void DeleteWhileTheSiteWrites(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10 && System.IO.Directory.Exists(folder))
            {
                Thread.Sleep(50);
            }
        }
    }

    private static bool IsReadableIndex(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return false;
        }

        try
        {
            using var directory = FSDirectory.Open(folder);
            using var reader = DirectoryReader.Open(directory);
            return reader.NumDocs > 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
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
