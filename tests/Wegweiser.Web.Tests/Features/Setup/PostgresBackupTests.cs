using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wegweiser.Web.Features.ReviewRounds;
using Wegweiser.Web.Features.Setup;
using Wegweiser.Web.Tests.Features.Search;

namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>
/// Two nodes on one PostgreSQL database share the data-protection keys through it (no shared folder),
/// and <c>backup</c> / <c>restore</c> carry a PostgreSQL site into an empty database.
/// </summary>
public sealed class PostgresBackupTests : IDisposable
{
    private readonly WegweiserFactory _first = new("demo", "postgres");
    private readonly WegweiserFactory _second;
    private readonly string _emptyDatabase = $"ww_restore_{Guid.NewGuid():N}";

    public PostgresBackupTests()
    {
        _first.CreateClient();
        _second = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:Database:Provider"] = "Postgres",
            ["Wegweiser:Database:ConnectionString"] = _first.PostgresConnectionString!,
        });
    }

    private static string Server => Environment.GetEnvironmentVariable("WEGWEISER_TEST_POSTGRES")
        ?? throw new InvalidOperationException("WEGWEISER_TEST_POSTGRES is not set. Run the tests with tests/run.sh.");

    [Fact]
    public async Task A_review_link_made_on_one_node_opens_on_the_other_with_keys_from_the_database()
    {
        // Arrange: each node has a data folder of its own.
        _second.CreateClient();
        var path = _first.Services.GetRequiredService<ReviewLinks>().PathFor(4711);

        // Act
        var requestId = _second.Services.GetRequiredService<ReviewLinks>().RequestIdOf(path.Split('/')[^1]);

        // Assert
        Assert.Equal(4711, requestId);
        Assert.True(await _first.QueryAsync(db => db.DataProtectionKeys.CountAsync()) >= 1);
        Assert.False(System.IO.Directory.Exists(Path.Combine(_first.DataFolder, "keys")));
        Assert.False(System.IO.Directory.Exists(Path.Combine(_second.DataFolder, "keys")));
    }

    [Fact]
    public async Task A_backup_restores_into_an_empty_database_and_a_database_with_tables_is_refused()
    {
        // Arrange
        var archive = Path.Combine(System.IO.Directory.CreateTempSubdirectory("wegweiser-pg-backup-").FullName, "sicherung.zip");
        var output = new StringWriter();
        var backup = await CommandLine.RunAsync(_first.Services, ["backup", "--out", archive], output, output);
        Assert.True(backup == 0, output.ToString());
        await ExecuteAsync($"CREATE DATABASE \"{_emptyDatabase}\"");
        var target = System.IO.Directory.CreateTempSubdirectory("wegweiser-pg-restore-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Wegweiser__Database__Provider"] = "Postgres",
            ["Wegweiser__Database__ConnectionString"] = $"{Server};Database={_emptyDatabase}",
        };

        // Act
        var restore = await CommandLineProcess.RunAsync(target, settings, "restore", archive);
        var again = await CommandLineProcess.RunAsync(target, settings, "restore", archive);
        await using var restored = new WegweiserFactory("demo", "sqlite", target, null, new Dictionary<string, string>
        {
            ["Wegweiser:Database:Provider"] = "Postgres",
            ["Wegweiser:Database:ConnectionString"] = $"{Server};Database={_emptyDatabase}",
        });
        var client = restored.CreateClient();
        await SearchApi.WaitForIndexAsync(client);

        // Assert
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains("Sicherung zurückgespielt: 128 Einträge", restore.Output);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("hat schon Tabellen", again.Output);
        Assert.Equal(
            SearchApi.Keys(await SearchApi.SearchAsync(_first.CreateClient(), "beratung")),
            SearchApi.Keys(await SearchApi.SearchAsync(client, "beratung")));
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
        NpgsqlConnection.ClearAllPools();
        ExecuteAsync($"DROP DATABASE IF EXISTS \"{_emptyDatabase}\" WITH (FORCE)").GetAwaiter().GetResult();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection($"{Server};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
