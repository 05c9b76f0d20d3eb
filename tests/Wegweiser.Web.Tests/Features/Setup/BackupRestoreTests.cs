using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Setup;
using Wegweiser.Web.Tests.Features.Search;

namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>
/// <c>backup</c> of a running SQLite site and <c>restore</c> into an empty data folder: the restored
/// site shows the same pages, search results, images and still reads what the first one protected.
/// A target with data and a damaged archive are refused and nothing changes.
/// </summary>
public sealed partial class BackupRestoreTests(RunningSiteBackup backup) : IClassFixture<RunningSiteBackup>
{
    [Fact]
    public async Task Backup_of_a_running_site_restores_into_an_empty_folder_with_the_same_pages_search_media_and_keys()
    {
        // Arrange
        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.False(File.Exists(backup.Archive + ".part"));
        var original = backup.Site.CreateClient();
        var target = System.IO.Directory.CreateTempSubdirectory("wegweiser-restore-").FullName;

        // Act
        var restore = await CommandLineProcess.RunAsync(target, null, "restore", backup.Archive);
        await using var restored = new WegweiserFactory("demo", dataFolder: target);
        var client = restored.CreateClient();
        await SearchApi.WaitForIndexAsync(client);

        // Assert
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains("Sicherung zurückgespielt: 128 Einträge", restore.Output);
        var expected = await SearchApi.SearchAsync(original, "beratung");
        var actual = await SearchApi.SearchAsync(client, "beratung");
        Assert.NotEmpty(SearchApi.Keys(expected));
        Assert.Equal(SearchApi.Keys(expected), SearchApi.Keys(actual));
        var page = actual.GetProperty("hits")[0].GetProperty("url").GetString()!;
        Assert.Equal(Heading(await original.GetStringAsync(page)), Heading(await client.GetStringAsync(page)));
        Assert.Equal(backup.MediaBytes, await client.GetByteArrayAsync($"/medien/{RunningSiteBackup.MediaName}"));
        Assert.Equal("vom ersten Knoten", restored.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(RunningSiteBackup.Purpose).Unprotect(backup.ProtectedPayload));
        Assert.Equal(
            await backup.Site.QueryAsync(db => db.AppliedRecipes.OrderBy(r => r.Name).Select(r => r.Name).ToListAsync()),
            await restored.QueryAsync(db => db.AppliedRecipes.OrderBy(r => r.Name).Select(r => r.Name).ToListAsync()));
    }

    [Fact]
    public async Task The_manifest_names_version_schema_counts_and_checksums()
    {
        using var zip = ZipFile.OpenRead(backup.Archive);

        var manifest = await Wegweiser.Web.Features.Setup.Backup.ArchiveFiles.VerifyAsync(zip);

        Assert.Equal("Sqlite", manifest.Provider);
        Assert.Equal(LatestSqliteMigration(), manifest.Migration);
        Assert.Equal(128, manifest.Counts.Entries);
        Assert.Equal(1, manifest.Counts.MediaFiles);
        Assert.True(manifest.Counts.DataProtectionKeys >= 1);
        Assert.Equal(["demo", "ilm-kreis"], manifest.Recipes.Order());
        Assert.Contains(manifest.Files, f => f.Path == "media/" + RunningSiteBackup.MediaName && f.Sha256.Length == 64);
    }

    [Fact]
    public async Task Restore_refuses_a_target_with_data_and_changes_nothing()
    {
        // Arrange: the running site's own folder and database.
        var items = await backup.Site.QueryAsync(db => db.ContentItems.CountAsync());
        var output = new StringWriter();

        // Act
        var exitCode = await CommandLine.RunAsync(backup.Site.Services, ["restore", backup.Archive], output, output);

        // Assert
        Assert.Equal(1, exitCode);
        Assert.Contains("gibt es schon. Eine Sicherung wird nur in einen leeren Datenordner zurückgespielt. Nichts wurde geändert.", output.ToString());
        Assert.Equal(items, await backup.Site.QueryAsync(db => db.ContentItems.CountAsync()));
        Assert.Equal([RunningSiteBackup.MediaName], System.IO.Directory.GetFiles(Path.Combine(backup.Site.DataFolder, "media")).Select(Path.GetFileName));
        Assert.False(System.IO.Directory.Exists(Path.Combine(backup.Site.DataFolder, "media.restore-part")));
    }

    [Fact]
    public async Task Restore_refuses_a_tampered_archive_and_leaves_the_empty_folder_empty()
    {
        // Arrange: one byte of the image changed, the manifest left as it was.
        var tampered = Path.Combine(System.IO.Directory.CreateTempSubdirectory("wegweiser-tampered-").FullName, "sicherung.zip");
        File.Copy(backup.Archive, tampered);
        using (var zip = ZipFile.Open(tampered, ZipArchiveMode.Update))
        {
            var bytes = (byte[])backup.MediaBytes.Clone();
            bytes[100] ^= 0xFF;
            zip.GetEntry("media/" + RunningSiteBackup.MediaName)!.Delete();
            await using var stream = zip.CreateEntry("media/" + RunningSiteBackup.MediaName).Open();
            await stream.WriteAsync(bytes);
        }

        var target = System.IO.Directory.CreateTempSubdirectory("wegweiser-restore-").FullName;

        // Act
        var result = await CommandLineProcess.RunAsync(target, null, "restore", tampered);

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Die Sicherung ist beschädigt oder unvollständig: die Prüfsumme von „media/{RunningSiteBackup.MediaName}“ stimmt nicht. Nichts wurde geändert.", result.Output);
        Assert.Empty(System.IO.Directory.GetFileSystemEntries(target).Where(e => Path.GetFileName(e) != "logs"));
    }

    [Fact]
    public async Task Restore_refuses_a_truncated_archive()
    {
        var truncated = Path.Combine(System.IO.Directory.CreateTempSubdirectory("wegweiser-truncated-").FullName, "sicherung.zip");
        var bytes = await File.ReadAllBytesAsync(backup.Archive);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length * 2 / 3)]);
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(backup.Site.Services, ["restore", truncated], output, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("Die Sicherung ist beschädigt oder unvollständig", output.ToString());
    }

    private static string Heading(string html) => H1().Match(html).Value;

    [GeneratedRegex("<h1[^>]*>.*?</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();

    private static string LatestSqliteMigration()
    {
        using var context = new Wegweiser.Data.SqliteWegweiserDbContext(
            new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Wegweiser.Data.SqliteWegweiserDbContext>().UseSqlite("Data Source=:memory:").Options);
        return Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(context.Database).Last();
    }
}
