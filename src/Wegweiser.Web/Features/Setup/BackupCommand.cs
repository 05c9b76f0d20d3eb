using System.IO.Compression;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Web.Features.Setup.Backup;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Setup;

/// <summary>
/// <c>backup --out FILE</c>: a consistent zip archive of a running site: the database (with the
/// applied recipes and the data-protection keys), the media folder and a <c>manifest.json</c> with
/// versions, counts and checksums. Written as <c>FILE.part</c> and renamed when complete, so a
/// killed backup never leaves a half archive under the real name.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (args is not ["--out", var name] || string.IsNullOrWhiteSpace(name))
        {
            error.WriteLine("Aufruf: backup --out DATEI   (zum Beispiel backup --out /sicherung/wegweiser-2026-12-05.zip)");
            return 2;
        }

        var target = Path.GetFullPath(name);
        if (File.Exists(target))
        {
            error.WriteLine($"Die Datei „{target}“ gibt es schon. Bitte einen neuen Namen angeben. Nichts wurde geändert.");
            return 1;
        }

        var part = target + ".part";
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Delete(part); // left by a backup that was stopped
            var manifest = await WriteAsync(services, part, ct);
            File.Move(part, target);
            output.WriteLine($"Sicherung geschrieben: {target} ({manifest.Counts.Entries} Einträge, {manifest.Counts.Versions} Fassungen, "
                + $"{manifest.Counts.Translations} Übersetzungen, {manifest.Counts.MediaFiles} Mediendateien, {manifest.Counts.Users} Konten; "
                + $"{started.Elapsed.TotalSeconds:0.0} s).");
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
        {
            File.Delete(part);
            error.WriteLine("Die Sicherung wurde nicht geschrieben.");
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static async Task<BackupManifest> WriteAsync(IServiceProvider services, string part, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<WegweiserOptions>>().Value;
        var environment = scope.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var mediaFolder = Path.Combine(options.ResolveDataFolder(environment.ContentRootPath), "media");
        var connectionString = db.Database.GetConnectionString()!;
        var postgres = db.Database.IsNpgsql();

        await using var stream = new FileStream(part, FileMode.CreateNew, FileAccess.Write);
        BackupManifest manifest;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var database = postgres
                ? await PostgresBackup.WriteAsync(connectionString, zip, ct)
                : await SqliteBackup.WriteAsync(connectionString, zip, ct);
            var files = new List<BackupFile> { database.File };
            if (System.IO.Directory.Exists(mediaFolder))
            {
                foreach (var path in System.IO.Directory.EnumerateFiles(mediaFolder).Order(StringComparer.Ordinal))
                {
                    await using var media = File.OpenRead(path);
                    // Images are compressed already: store them as they are.
                    files.Add(await ArchiveFiles.AddAsync(zip, ArchiveFiles.MediaFolder + Path.GetFileName(path), media, CompressionLevel.NoCompression, ct));
                }
            }

            manifest = new BackupManifest
            {
                AppVersion = typeof(BackupCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
                Provider = postgres ? "Postgres" : "Sqlite",
                Migration = database.Migration,
                CreatedUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                Counts = database.Counts with { MediaFiles = files.Count - 1 },
                Recipes = database.Recipes,
                Files = files,
            };
            var entry = zip.CreateEntry(BackupManifest.FileName, CompressionLevel.Optimal);
            await using var manifestStream = await entry.OpenAsync(ct);
            await manifestStream.WriteAsync(manifest.ToJson(), ct);
        }

        stream.Flush(flushToDisk: true);
        return manifest;
    }
}
