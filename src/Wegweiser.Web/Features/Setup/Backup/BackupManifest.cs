using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup archive: what made it, from which database and schema, what it
/// holds (counts) and the SHA-256 of every other file in the archive, so a restore refuses a
/// tampered or truncated archive before it changes anything.
/// </summary>
public sealed record BackupManifest
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public int Format { get; init; } = CurrentFormat;

    public string AppVersion { get; init; } = "";

    /// <summary><c>Sqlite</c> or <c>Postgres</c>: a backup is restored into the same kind of database.</summary>
    public string Provider { get; init; } = "";

    /// <summary>The last schema migration applied to the database when it was backed up.</summary>
    public string? Migration { get; init; }

    public DateTime CreatedUtc { get; init; }

    public BackupCounts Counts { get; init; } = new();

    /// <summary>The recipes applied to the site (the <c>AppliedRecipes</c> table, inside the database file).</summary>
    public IReadOnlyList<string> Recipes { get; init; } = [];

    /// <summary>Where the data-protection keys are: in the database, so restoring it keeps sign-ins and links valid.</summary>
    public string DataProtectionKeys { get; init; } = "database (table DataProtectionKeys)";

    public IReadOnlyList<BackupFile> Files { get; init; } = [];

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The manifest in <paramref name="stream"/>, or null when it is not one.</summary>
    public static BackupManifest? Read(Stream stream)
    {
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(stream, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
