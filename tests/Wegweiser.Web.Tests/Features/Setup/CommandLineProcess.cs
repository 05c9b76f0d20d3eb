using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>Runs the real executable (<c>dotnet Wegweiser.Web.dll VERB …</c>) on a data folder of its own, as a user does.</summary>
internal static class CommandLineProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string dataFolder, IReadOnlyDictionary<string, string>? settings, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Wegweiser.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Wegweiser__DataFolder"] = dataFolder;
        start.Environment["Wegweiser__RecipesFolder"] = WegweiserFactory.RecipesFolder;
        start.Environment["Wegweiser__Setup__AdminPassword"] = WegweiserFactory.AdminPassword;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A site that should have refused to start keeps running: stop it, then fail.
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>A number from the SQLite database in <paramref name="folder"/>, e.g. a row count.</summary>
    public static long Scalar(string folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "wegweiser.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public static void Execute(string folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "wegweiser.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
