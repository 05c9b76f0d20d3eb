using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Web.Tests.Faults;

/// <summary>
/// The real executable (the built src/Wegweiser.Web dll) as a child process on a data folder of
/// its own, which a test may kill (kill -9) at a moment it chooses; and what a SQLite database
/// looks like afterwards (integrity and the row count of every table).
/// </summary>
public static class SiteProcess
{
    /// <summary>How long a run may take before it counts as hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static string Dll
    {
        get
        {
            var root = Path.GetDirectoryName(WegweiserFactory.RecipesFolder)!;
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            var dll = Path.Combine(root, "src", "Wegweiser.Web", "bin", configuration, "net10.0", "Wegweiser.Web.dll");
            Assert.True(File.Exists(dll), $"The built site is missing at {dll}: build the solution first (tests/run.sh does).");
            return dll;
        }
    }

    /// <summary>
    /// Runs a verb to its end, or kills the process <paramref name="delay"/> after the
    /// <paramref name="occurrence"/>th output line containing <paramref name="killAfter"/> (or after
    /// start when it is empty), or as soon as <paramref name="killWhen"/> holds (asked every 20 ms).
    /// <paramref name="environment"/> adds settings (e.g. <c>Wegweiser__Email__Host</c>). Returns
    /// the exit code (null when killed) and the output.
    /// </summary>
    public static Task<(int? ExitCode, string Output)> RunAsync(
        string dataFolder, string[] args, string? killAfter = null, TimeSpan delay = default, Func<bool>? killWhen = null,
        IReadOnlyDictionary<string, string>? environment = null, int occurrence = 1) =>
        RunAsync(dataFolder, args, killAfter, delay, killWhen is null ? null : () => Task.FromResult(killWhen()), environment, occurrence);

    /// <inheritdoc cref="RunAsync(string, string[], string?, TimeSpan, Func{bool}?, IReadOnlyDictionary{string, string}?, int)"/>
    public static async Task<(int? ExitCode, string Output)> RunAsync(
        string dataFolder, string[] args, string? killAfter, TimeSpan delay, Func<Task<bool>>? killWhenAsync,
        IReadOnlyDictionary<string, string>? environment = null, int occurrence = 1)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(Dll)! };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Wegweiser__DataFolder"] = dataFolder;
        start.Environment["Wegweiser__RecipesFolder"] = WegweiserFactory.RecipesFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        var killed = 0;
        var seen = 0;
        // The kill never waits for the thread pool: on a busy machine a queued kill came after the
        // few hundred milliseconds the process had left. Without a delay it happens at once, on the
        // thread that read the line; with one, on a thread of its own.
        void KillNow()
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It finished first.
            }
        }

        void Kill()
        {
            if (Interlocked.Exchange(ref killed, 1) != 0)
            {
                return;
            }

            if (delay <= TimeSpan.Zero)
            {
                KillNow();
                return;
            }

            new Thread(() =>
            {
                Thread.Sleep(delay);
                KillNow();
            }) { IsBackground = true }.Start();
        }

        void Line(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (killAfter is { Length: > 0 } marker && line.Contains(marker, StringComparison.Ordinal) && Interlocked.Increment(ref seen) == occurrence)
            {
                Kill();
            }
        }

        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (killAfter == "")
        {
            Kill();
        }

        if (killWhenAsync is { } killWhen)
        {
            new Thread(() =>
            {
                while (!process.HasExited && Volatile.Read(ref killed) == 0)
                {
                    if (killWhen().GetAwaiter().GetResult())
                    {
                        Kill();
                        return;
                    }

                    Thread.Sleep(20);
                }
            }) { IsBackground = true }.Start();
        }

        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', args)}' hung for {Patience.TotalSeconds:0} s. Output:\n{output}");
        }

        var wasKilled = Volatile.Read(ref killed) == 1 && process.ExitCode == 137;
        return (wasKilled ? null : process.ExitCode, output.ToString());
    }

    /// <summary>Runs a verb and asserts that it succeeded.</summary>
    public static async Task<string> RunToEndAsync(string dataFolder, params string[] args)
    {
        var (code, output) = await RunAsync(dataFolder, args);
        Assert.True(code == 0, $"'{string.Join(' ', args)}' failed ({code}):\n{output}");
        return output;
    }

    /// <summary>The result of <c>PRAGMA integrity_check</c> and the row count of every table.</summary>
    public static (string Integrity, IReadOnlyDictionary<string, long> Rows) Inspect(string dataFolder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "wegweiser.db")};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = (string)check.ExecuteScalar()!;
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{name}\"";
            rows[name] = (long)count.ExecuteScalar()!;
        }

        return (integrity, rows);
    }

    /// <summary>
    /// Settings for a run as a web server: a free port on loopback (<paramref name="baseUrl"/>)
    /// that is also its public address.
    /// </summary>
    public static Dictionary<string, string> WebServer(out string baseUrl)
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        baseUrl = $"http://127.0.0.1:{port}";
        return new() { ["Urls"] = baseUrl, ["Wegweiser__PublicBaseUrl"] = baseUrl }; // Urls: appsettings.json names one
    }

    private static readonly Lazy<Task<string>> DemoSite = new(async () =>
    {
        var folder = NewDataFolder();
        await RunToEndAsync(folder, "setup", "--recipe", "demo");
        return folder;
    });

    /// <summary>
    /// A copy of a site on which <c>setup --recipe demo</c> ran undisturbed (set up once for all
    /// tests; the original is never changed).
    /// </summary>
    public static async Task<string> DemoSiteCopyAsync() => CopyOf(await DemoSiteAsync());

    /// <summary>The set-up demo site itself: only to read (<see cref="Inspect"/>), never to run on.</summary>
    public static Task<string> DemoSiteAsync() => DemoSite.Value;

    /// <summary>A new data folder with a copy of <paramref name="site"/>'s database.</summary>
    public static string CopyOf(string site)
    {
        var copy = NewDataFolder();
        foreach (var file in System.IO.Directory.GetFiles(site, "wegweiser.db*"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    /// <summary>The site's SQLite database, for a test to arrange data in or read it (while no site runs, or reading only).</summary>
    public static Data.SqliteWegweiserDbContext Database(string dataFolder) =>
        new(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Data.SqliteWegweiserDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataFolder, "wegweiser.db")};Pooling=False").Options);

    /// <summary>A number the database answers while a site may be writing to it; null while it is locked.</summary>
    public static long? Count(string dataFolder, string sql)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "wegweiser.db")};Mode=ReadOnly;Pooling=False;Default Timeout=1");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>Runs SQL on the database of a site that is not running.</summary>
    public static void Execute(string dataFolder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "wegweiser.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string NewDataFolder() => System.IO.Directory.CreateTempSubdirectory("wegweiser-faults-").FullName;
}
