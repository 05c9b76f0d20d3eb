using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Wegweiser.Web.Features.Setup.Backup;

namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>
/// <c>kill -9</c> of the real executable in the middle of <c>backup --out X</c>: no X is left, at most
/// X.part, and the next backup succeeds and is complete.
/// </summary>
public sealed class BackupKillTests
{
    [Fact]
    public async Task A_backup_killed_midway_leaves_no_archive_under_the_real_name_and_the_next_one_succeeds()
    {
        // Arrange: a site's database and 80 MB of images, so writing the archive takes a moment.
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-kill-").FullName;
        await using (var site = new WegweiserFactory("blank"))
        {
            site.CreateClient();
            await using var source = new SqliteConnection($"Data Source={Path.Combine(site.DataFolder, "wegweiser.db")};Pooling=False");
            await using var copy = new SqliteConnection($"Data Source={Path.Combine(folder, "wegweiser.db")};Pooling=False");
            await source.OpenAsync();
            await copy.OpenAsync();
            source.BackupDatabase(copy);
        }

        var media = System.IO.Directory.CreateDirectory(Path.Combine(folder, "media")).FullName;
        for (var i = 0; i < 8; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(media, $"{Guid.NewGuid():N}-1280.webp"), System.Security.Cryptography.RandomNumberGenerator.GetBytes(10_000_000));
        }

        var archive = Path.Combine(System.IO.Directory.CreateTempSubdirectory("wegweiser-kill-out-").FullName, "sicherung.zip");
        try
        {
            // Act: kill as soon as the archive has started to grow. On a loaded machine the backup
            // may finish before the watcher sees it start: such a run proves nothing, so it is
            // tried again (from the start: its archive is removed), up to three times.
            var (killedMidway, ended) = (false, "");
            for (var attempt = 0; attempt < 3 && !killedMidway; attempt++)
            {
                File.Delete(archive);
                (killedMidway, ended) = await StartAndKillAsync(folder, archive);
            }

            var partLeft = File.Exists(archive + ".part");
            var next = await CommandLineProcess.RunAsync(folder, null, "backup", "--out", archive);

            // Assert
            Assert.True(killedMidway, $"the backup ended before it could be killed, three times: {ended}");
            Assert.True(partLeft, "the killed backup left no .part file: it was not killed mid-way");
            Assert.True(next.ExitCode == 0, next.Output);
            Assert.False(File.Exists(archive + ".part"));
            using var zip = ZipFile.OpenRead(archive);
            var manifest = await ArchiveFiles.VerifyAsync(zip);
            Assert.Equal(8, manifest.Counts.MediaFiles);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
            System.IO.Directory.Delete(Path.GetDirectoryName(archive)!, recursive: true);
        }
    }

    /// <summary>Starts a backup and kills it mid-way; false (with its output) when it ended first.</summary>
    private static async Task<(bool Killed, string Ended)> StartAndKillAsync(string folder, string archive)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Wegweiser.Web.dll"));
        start.ArgumentList.Add("backup");
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(archive);
        start.Environment["Wegweiser__DataFolder"] = folder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // Watch on a thread of its own: on a busy machine the thread pool can be late by more than
        // the whole backup takes. The .part file appears when the archive is opened, before the
        // database and 80 MB of media are written, so killing at its first sight is mid-way.
        var part = archive + ".part";
        var killed = await Task.Factory.StartNew(() =>
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromMinutes(1) && !process.HasExited)
            {
                if (File.Exists(part))
                {
                    process.Kill(entireProcessTree: true); // SIGKILL: no cleanup code runs
                    return true;
                }

                Thread.Sleep(1);
            }

            return false;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await process.WaitForExitAsync();
        if (!killed)
        {
            return (false, $"exit code {process.ExitCode}: {await output}{await error}");
        }

        Assert.False(File.Exists(archive), "a killed backup left an archive under the real name");
        return (true, "");
    }
}
