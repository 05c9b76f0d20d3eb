using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Indexing;

public sealed class CultureIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wegweiser-index-").FullName;

    [Fact]
    public void A_missing_index_is_created_and_marked_for_a_rebuild()
    {
        using var index = CultureIndex.Open("de", Path.Combine(_folder, "de"), NullLogger.Instance);

        Assert.True(index.WasRecreated);
    }

    [Fact]
    public void A_built_index_is_reused_after_a_restart()
    {
        using (var first = CultureIndex.Open("de", _folder, NullLogger.Instance))
        {
            first.Rebuild([Doc()]);
        }

        using var second = CultureIndex.Open("de", _folder, NullLogger.Instance);

        Assert.False(second.WasRecreated);
        Assert.Equal(1, Searcher.Search(second, new SearchRequest("beratung")).Total);
    }

    [Fact]
    public void A_corrupt_index_is_started_afresh_and_can_be_rebuilt()
    {
        using (var first = CultureIndex.Open("de", _folder, NullLogger.Instance))
        {
            first.Rebuild([Doc()]);
        }

        foreach (var file in Directory.GetFiles(_folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        using var reopened = CultureIndex.Open("de", _folder, NullLogger.Instance);
        reopened.Rebuild([Doc()]);

        Assert.True(reopened.WasRecreated);
        Assert.Equal(1, Searcher.Search(reopened, new SearchRequest("beratung")).Total);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static SearchDocument Doc() =>
        new("mbe", ContentType.Service, "Migrationsberatung", "Beratung für Zugewanderte", null, "/de/angebote/mbe", false, [], []);
}
