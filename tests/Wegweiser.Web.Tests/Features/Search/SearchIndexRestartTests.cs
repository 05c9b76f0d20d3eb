using Microsoft.Data.Sqlite;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>
/// The search indexes survive a restart: a site started again on the same data folder keeps every
/// index that still holds exactly the published entries (no index file is written), and rebuilds
/// the ones whose entries changed while it was down (here: a title changed in the database file by
/// hand, as another tool or node would).
/// </summary>
public sealed class SearchIndexRestartTests : IDisposable
{
    private const string Ready = "Search indexes ready";
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-restart-").FullName;

    [Fact]
    public async Task A_restart_keeps_unchanged_indexes_and_rebuilds_one_changed_while_the_site_was_down()
    {
        // Arrange: the first start sets the site up and builds every index.
        using (var first = new WegweiserFactory("demo", dataFolder: _folder))
        {
            var line = await StartedAsync(first, 1);
            Assert.DoesNotContain("\"Rebuilt\":\"none\"", line, StringComparison.Ordinal);
        }

        var segments = SegmentsFiles();

        // Act 1: a restart without changes.
        using (var second = new WegweiserFactory("demo", dataFolder: _folder))
        {
            var line = await StartedAsync(second, 2);

            // Assert: nothing rebuilt, no index file written, search answers from the kept index.
            Assert.Contains("\"Rebuilt\":\"none\"", line, StringComparison.Ordinal);
            Assert.Equal(segments, SegmentsFiles());
            Assert.NotEmpty(SearchApi.Keys(await SearchApi.SearchAsync(second.CreateClient(), "beratung")));
        }

        // Act 2: a published German title changes while the site is down.
        var key = RenameAPublishedEntry("Zaunkönigsprechstunde im Test");
        using (var third = new WegweiserFactory("demo", dataFolder: _folder))
        {
            var line = await StartedAsync(third, 3);

            // Assert: the German index was rebuilt and finds the new title.
            Assert.Matches("\"Rebuilt\":\"[^\"]*\\bde\\b", line);
            Assert.Contains(key, SearchApi.Keys(await SearchApi.SearchAsync(third.CreateClient(), "Zaunkönigsprechstunde")));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Starts the site and waits (up to 60 s) for its <paramref name="start"/>-th "indexes ready" log line.</summary>
    private async Task<string> StartedAsync(WegweiserFactory site, int start)
    {
        site.CreateClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var lines = ReadyLines();
            if (lines.Count >= start)
            {
                return lines[start - 1];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The site did not log \"{Ready}\" within 60 s of start {start}.");
    }

    private List<string> ReadyLines()
    {
        var logs = Path.Combine(_folder, "logs");
        if (!System.IO.Directory.Exists(logs))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var file in System.IO.Directory.GetFiles(logs).Order(StringComparer.Ordinal))
        {
            using var stream = new System.IO.FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains(Ready, StringComparison.Ordinal))
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    /// <summary>Each culture's current segments file (its name carries the commit generation).</summary>
    private List<string> SegmentsFiles() => System.IO.Directory.GetDirectories(Path.Combine(_folder, "index"))
        .SelectMany(d => System.IO.Directory.GetFiles(d, "segments_*").Select(f => $"{Path.GetFileName(d)}/{Path.GetFileName(f)}"))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Gives the first published service a new German title in the database file; returns its key.</summary>
    private string RenameAPublishedEntry(string title)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "wegweiser.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE ContentTranslations SET Title = $title
            WHERE Id = (SELECT t.Id FROM ContentTranslations t
                        JOIN ContentVersions v ON v.Id = t.VersionId
                        JOIN ContentItems i ON i.Id = v.ItemId
                        WHERE v.IsPublished = 1 AND t.Culture = 'de' AND i.Type = 'Service'
                        ORDER BY i.Key LIMIT 1)
            RETURNING (SELECT i.Key FROM ContentVersions v JOIN ContentItems i ON i.Id = v.ItemId WHERE v.Id = VersionId);
            """;
        command.Parameters.AddWithValue("$title", title);
        return (string)command.ExecuteScalar()!;
    }
}
