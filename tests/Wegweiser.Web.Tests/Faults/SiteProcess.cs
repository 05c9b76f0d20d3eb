using System.Diagnostics;
using Microsoft.Data.Sqlite;

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
    /// Runs a verb to its end, or kills the process <paramref name="delay"/> after the first output
    /// line containing <paramref name="killAfter"/> (or after start when it is empty), or as soon
    /// as <paramref name="killWhen"/> holds (asked every 20 ms). Returns the
    /// exit code (null when killed) and the output.
    /// </summary>
    public static async Task<(int? ExitCode, string Output)> RunAsync(string dataFolder, string[] args, string? killAfter = null, TimeSpan delay = default, Func<bool>? killWhen = null)
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
        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        var killed = 0;
        void Kill()
        {
            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                _ = Task.Run(async () =>
                {
                    await Task.Delay(delay);
                    try
                    {
                        process.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // It finished first.
                    }
                });
            }
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

            if (killAfter is { Length: > 0 } marker && line.Contains(marker, StringComparison.Ordinal))
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

        if (killWhen is not null)
        {
            _ = Task.Run(async () =>
            {
                while (!process.HasExited && Volatile.Read(ref killed) == 0)
                {
                    if (killWhen())
                    {
                        Kill();
                        return;
                    }

                    await Task.Delay(20);
                }
            });
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

    /// <summary>Whether EF Core's migration lock row is in the database right now (false while it cannot be read).</summary>
    public static bool HoldsMigrationLock(string dataFolder)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "wegweiser.db")};Mode=ReadOnly;Pooling=False;Default Timeout=1");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
            return (long)command.ExecuteScalar()! > 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public static string NewDataFolder() => System.IO.Directory.CreateTempSubdirectory("wegweiser-faults-").FullName;
}
