using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>The first start itself: these sites set themselves up (<see cref="WegweiserFactory.RealFirstStart"/>), never from a copy.</summary>
public class FirstStartTests
{
    [Fact]
    public async Task A_second_start_reuses_the_data_and_applies_nothing_twice()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-restart-").FullName;
        int items;
        await using (var first = new WegweiserFactory("ilm-kreis", dataFolder: folder))
        {
            first.CreateClient();
            items = await first.QueryAsync(db => db.ContentItems.CountAsync());
            Assert.True(items > 50);
        }

        await using var second = new WegweiserFactory("ilm-kreis", dataFolder: folder);
        var client = second.CreateClient();

        Assert.Equal(items, await second.QueryAsync(db => db.ContentItems.CountAsync()));
        Assert.Equal(1, await second.QueryAsync(db => db.AppliedRecipes.CountAsync()));
        Assert.Equal(1, await second.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de/")).StatusCode);
        Assert.True(File.Exists(Path.Combine(folder, "wegweiser.db")));
    }

    [Fact]
    public async Task The_database_is_in_write_ahead_log_mode_also_when_it_was_made_with_a_rollback_journal()
    {
        // Arrange: a site made before the switch: its file in rollback-journal mode.
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-wal-").FullName;
        await using (var first = new WegweiserFactory("blank", dataFolder: folder))
        {
            first.CreateClient();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal("delete", JournalMode(folder, "PRAGMA journal_mode = DELETE"));

        // Act
        await using var second = new WegweiserFactory("blank", dataFolder: folder);
        second.CreateClient();

        // Assert
        Assert.Equal("wal", JournalMode(folder));
    }

    private static string JournalMode(string folder, string pragma = "PRAGMA journal_mode")
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder, "wegweiser.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task The_first_administrator_is_created_with_the_configured_password()
    {
        await using var factory = new WegweiserFactory("blank") { RealFirstStart = true };
        factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var admin = await users.FindByNameAsync("admin");
        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, WegweiserFactory.AdminPassword));
        Assert.True(await users.IsInRoleAsync(admin, "Administrator"));
    }

    [Fact]
    public async Task The_blank_recipe_gives_an_empty_site_that_still_works()
    {
        await using var factory = new WegweiserFactory("blank") { RealFirstStart = true };
        var client = factory.CreateClient();

        var list = await client.GetStringAsync("/de/angebote");

        Assert.Equal(0, await factory.QueryAsync(db => db.ContentItems.CountAsync()));
        Assert.Contains("Hier gibt es noch keine Einträge.", list);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de/")).StatusCode);
    }

    [Fact]
    public async Task Logs_are_structured_files_without_the_password()
    {
        await using var factory = new WegweiserFactory("blank") { RealFirstStart = true };
        var client = factory.CreateClient();
        await client.GetAsync("/de/?token=geheim123");

        // The request log line is written as the request ends, which may be just after the response arrives.
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("\"RequestPath\":\"/de/\""); attempt++)
        {
            await Task.Delay(100);
            text = string.Join("\n", System.IO.Directory.GetFiles(Path.Combine(factory.DataFolder, "logs")).Select(ReadShared));
        }

        await factory.DisposeAsync();
        Assert.Contains("\"@mt\":", text);
        Assert.Contains("\"RequestPath\":\"/de/\"", text);
        Assert.DoesNotContain(WegweiserFactory.AdminPassword, text);
        Assert.DoesNotContain("geheim123", text);
    }

    [Fact]
    public async Task The_site_runs_on_PostgreSQL_when_configured()
    {
        await using var factory = new WegweiserFactory("demo", provider: "postgres");
        var client = factory.CreateClient();

        var slug = await factory.GermanSlugAsync("demo-migrationsberatung-arnstadt");
        var response = await client.GetAsync($"/de/angebote/{slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Npgsql", await factory.QueryAsync(db => Task.FromResult(db.Database.ProviderName!)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
