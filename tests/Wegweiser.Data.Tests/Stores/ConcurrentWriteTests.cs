using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;

namespace Wegweiser.Data.Tests.Stores;

/// <summary>
/// Visitors send forms at the same moment while pages are read: each save has a connection of its
/// own, and on SQLite the second writer must wait for the first (and, in rollback-journal mode, for
/// the readers) rather than fail with "database is locked", which the site answered with a 503
/// under load (found by the 10k soak). Sites made before 2026-12-06 had rollback-journal files;
/// the site now switches them to WAL at start-up, and both modes are tested.
/// </summary>
public class ConcurrentWriteTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite, "DELETE")]
    [InlineData(TestDatabase.Sqlite, "WAL")]
    [InlineData(TestDatabase.Postgres, null)]
    public async Task Many_saves_at_once_from_separate_connections_all_succeed(string provider, string? journalMode)
    {
        // Arrange
        using var database = new TestDatabase(provider);
        Guid itemId;
        await using (var db = await database.CreateMigratedContextAsync())
        {
            var item = ContentItem.Create(ContentType.Service, "gleichzeitig", DateTime.UtcNow, "test");
            db.ContentItems.Add(item);
            await db.SaveChangesAsync();
            itemId = item.Id;
            if (journalMode is not null)
            {
                await db.Database.ExecuteSqlRawAsync(journalMode == "WAL" ? "PRAGMA journal_mode = WAL" : "PRAGMA journal_mode = DELETE");
            }
        }

        const int Writers = 8, SavesEach = 25;

        // Act: eight writers, each saving one suggestion at a time like the form does, while four
        // readers keep reading as the pages do.
        using var stop = new CancellationTokenSource();
        // Readers only on SQLite, where they hold the writers up: on PostgreSQL (unpooled in the
        // tests) their stream of new connections slowed the server down for the other test classes.
        var readers = Enumerable.Range(0, provider == TestDatabase.Sqlite ? 4 : 0).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var db = database.CreateContext();
                await db.MistakeReports.CountAsync();
                await db.ContentItems.Include(i => i.Versions).ToListAsync();
            }
        })).ToList();
        var failures = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var failed = new List<string>();
            for (var i = 0; i < SavesEach; i++)
            {
                await using var db = database.CreateContext();
                db.MistakeReports.Add(new MistakeReport { ItemId = itemId, Message = $"Schreiber {writer}, Nachricht {i}", CreatedUtc = DateTime.UtcNow });
                try
                {
                    await db.SaveChangesAsync();
                }
                catch (DbUpdateException e)
                {
                    failed.Add(e.GetBaseException().Message);
                }
            }

            return failed;
        })));
        stop.Cancel();
        await Task.WhenAll(readers);

        // Assert
        var messages = failures.SelectMany(f => f).ToList();
        Assert.True(messages.Count == 0, $"{messages.Count} saves failed, e.g. {messages.FirstOrDefault()}");
        await using var check = database.CreateContext();
        Assert.Equal(Writers * SavesEach, await check.MistakeReports.CountAsync());
    }
}
