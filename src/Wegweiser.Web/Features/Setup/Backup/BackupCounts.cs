using System.Data.Common;

namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>What a backup holds, counted in the same snapshot the database was copied from.</summary>
public sealed record BackupCounts
{
    public long Entries { get; init; }

    public long Versions { get; init; }

    public long Translations { get; init; }

    public long MediaFiles { get; init; }

    public long Users { get; init; }

    public long DataProtectionKeys { get; init; }

    /// <summary>The database rows counted on an open connection (and its transaction, if any); media files are counted apart.</summary>
    public static async Task<BackupCounts> ReadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct = default) => new()
    {
        Entries = await CountAsync(connection, transaction, "ContentItems", ct),
        Versions = await CountAsync(connection, transaction, "ContentVersions", ct),
        Translations = await CountAsync(connection, transaction, "ContentTranslations", ct),
        Users = await CountAsync(connection, transaction, "AspNetUsers", ct),
        DataProtectionKeys = await CountAsync(connection, transaction, "DataProtectionKeys", ct),
    };

    /// <summary>The last applied migration and the applied recipes, read like the counts.</summary>
    public static async Task<(string? Migration, IReadOnlyList<string> Recipes)> ReadSchemaAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct = default)
    {
        var migration = (await ReadStringsAsync(connection, transaction, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC", ct)).FirstOrDefault();
        var recipes = await ReadStringsAsync(connection, transaction, "SELECT \"Name\" FROM \"AppliedRecipes\" ORDER BY \"AppliedUtc\", \"Name\"", ct);
        return (migration, recipes);
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
