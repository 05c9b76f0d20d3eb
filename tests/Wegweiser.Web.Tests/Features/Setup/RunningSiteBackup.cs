using Microsoft.AspNetCore.DataProtection;
using Wegweiser.Web.Features.Setup;
using Wegweiser.Web.Tests.Features.Search;

namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>
/// A demo site on SQLite with one image and one protected payload, backed up with <c>backup --out</c>
/// while a client keeps asking for pages and searches.
/// </summary>
public sealed class RunningSiteBackup : IAsyncLifetime
{
    public const string MediaName = "0123456789abcdef0123456789abcdef-640.webp";
    public const string Purpose = "Wegweiser.Tests.Backup";

    public WegweiserFactory Site { get; } = new("demo");

    public string Archive { get; } = Path.Combine(System.IO.Directory.CreateTempSubdirectory("wegweiser-backup-").FullName, "sicherung.zip");

    public byte[] MediaBytes { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(50_000);

    public string ProtectedPayload { get; private set; } = "";

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var client = Site.CreateClient();
        await SearchApi.WaitForIndexAsync(client);
        var media = Path.Combine(Site.DataFolder, "media");
        System.IO.Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, MediaName), MediaBytes);
        ProtectedPayload = Site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("vom ersten Knoten");

        using var stop = new CancellationTokenSource();
        var answered = 0;
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                (await client.GetAsync("/de/angebote")).EnsureSuccessStatusCode();
                await SearchApi.SearchAsync(client, "beratung");
                Interlocked.Increment(ref answered);
            }
        });
        while (Volatile.Read(ref answered) == 0)
        {
            await Task.Delay(10);
        }

        var output = new StringWriter();
        ExitCode = await CommandLine.RunAsync(Site.Services, ["backup", "--out", Archive], output, output);
        // The site still answers after the backup (a failed request would fail the load task).
        var after = Volatile.Read(ref answered);
        while (Volatile.Read(ref answered) == after)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await load;
        Output = output.ToString();
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
