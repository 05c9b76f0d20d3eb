using System.IO.Compression;
using System.Security.Cryptography;

namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>Writes files into a backup archive and reads them back, with their SHA-256 computed on the way.</summary>
public static class ArchiveFiles
{
    public const string SqliteDatabase = "database/wegweiser.db";
    public const string PostgresDatabase = "database/wegweiser.sql";
    public const string MediaFolder = "media/";

    /// <summary>Copies <paramref name="source"/> into a new entry <paramref name="path"/>.</summary>
    public static async Task<BackupFile> AddAsync(ZipArchive zip, string path, Stream source, CompressionLevel level, CancellationToken ct = default)
    {
        var entry = zip.CreateEntry(path, level);
        await using var target = await entry.OpenAsync(ct);
        var (bytes, sha) = await CopyHashedAsync(source, target, ct);
        return new BackupFile(path, bytes, sha);
    }

    /// <summary>Copies a stream and returns its length and SHA-256 (lower-case hex).</summary>
    public static async Task<(long Bytes, string Sha256)> CopyHashedAsync(Stream source, Stream? target, CancellationToken ct = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            if (target is not null)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            total += read;
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Whether an archive path is one a backup writes: the database file or a media file, never a path that climbs out.</summary>
    public static bool IsKnownPath(string path) =>
        path is SqliteDatabase or PostgresDatabase
        || (path.StartsWith(MediaFolder, StringComparison.Ordinal)
            && path.Length > MediaFolder.Length
            && path[MediaFolder.Length..].IndexOfAny(['/', '\\']) < 0
            && !path.Contains("..", StringComparison.Ordinal));

    /// <summary>
    /// Reads the manifest and checks every file against it (all there, none extra, lengths and
    /// SHA-256 equal); returns the manifest or throws a <see cref="BackupException"/> in German.
    /// </summary>
    public static async Task<BackupManifest> VerifyAsync(ZipArchive zip, CancellationToken ct = default)
    {
        var manifestEntry = zip.GetEntry(BackupManifest.FileName) ?? throw Damaged("manifest.json fehlt");
        BackupManifest? manifest;
        await using (var stream = await manifestEntry.OpenAsync(ct))
        {
            manifest = BackupManifest.Read(stream);
        }

        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat)
        {
            throw Damaged("manifest.json ist keine Beschreibung einer Wegweiser-Sicherung in diesem Format");
        }

        var listed = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var entries = zip.Entries.Where(e => e.FullName != BackupManifest.FileName).ToList();
        if (entries.Count != listed.Count || manifest.Files.Count != listed.Count)
        {
            throw Damaged($"das Archiv hat {entries.Count} Dateien, manifest.json nennt {manifest.Files.Count}");
        }

        foreach (var entry in entries)
        {
            if (!IsKnownPath(entry.FullName) || !listed.TryGetValue(entry.FullName, out var file))
            {
                throw Damaged($"„{entry.FullName}“ steht nicht in manifest.json");
            }

            await using var stream = await entry.OpenAsync(ct);
            var (bytes, sha) = await CopyHashedAsync(stream, null, ct);
            if (bytes != file.Bytes || sha != file.Sha256)
            {
                throw Damaged($"die Prüfsumme von „{entry.FullName}“ stimmt nicht");
            }
        }

        return manifest;
    }

    public static BackupException Damaged(string detail) =>
        new($"Die Sicherung ist beschädigt oder unvollständig: {detail}. Nichts wurde geändert.");
}
