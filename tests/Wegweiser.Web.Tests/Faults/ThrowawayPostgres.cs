using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wegweiser.Web.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of one test's own (initdb + pg_ctl, trust authentication, loopback, a free
/// port), so the test may stop and start it; the shared cluster of tests/run.sh is never touched.
/// Fails (does not skip) when no PostgreSQL server is installed.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private ThrowawayPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A database on this cluster (created by the site at its first start).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=3;Command Timeout=10";

    public static ThrowawayPostgres Start()
    {
        var bin = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        Assert.True(bin is not null, "No PostgreSQL server in /usr/lib/postgresql/*/bin: run the tests with tests/run.sh, which installs it.");
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-faults-pg-").FullName;
        if (Environment.UserName == "root")
        {
            Run("chown", ["postgres", folder]);
        }

        RunAsPostgres(Path.Combine(bin!, "initdb"), $"-D {folder} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        var cluster = new ThrowawayPostgres(bin!, folder, FreePort());
        cluster.StartServer();
        return cluster;
    }

    public void StartServer() => RunAsPostgres(Path.Combine(_bin, "pg_ctl"),
        $"-D {_folder} -l {_folder}/server.log -o \"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c fsync=off\" -w start");

    /// <summary>Stops the server as an operator would for maintenance: open connections are cut.</summary>
    public void StopServer() => RunAsPostgres(Path.Combine(_bin, "pg_ctl"), $"-D {_folder} -m fast -w stop");

    public void Dispose()
    {
        try
        {
            StopServer();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsPostgres(string program, string arguments)
    {
        if (Environment.UserName == "root")
        {
            Run("su", ["postgres", "-s", "/bin/sh", "-c", $"{program} {arguments}"]);
        }
        else
        {
            Run("/bin/sh", ["-c", $"{program} {arguments}"]);
        }
    }

    private static void Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {output.Result} {error}");
        }
    }
}
