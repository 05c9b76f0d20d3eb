using System.Diagnostics;
using Npgsql;

namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>
/// PostgreSQL's own client programs (<c>pg_dump</c>, <c>psql</c>), found on <c>PATH</c> or in
/// <c>/usr/lib/postgresql/*/bin</c> (newest first), started with the site's connection settings in
/// the environment: a password never appears on a command line.
/// </summary>
public static class PostgresTools
{
    /// <summary>The full path of <paramref name="program"/>, or null when it is not installed.</summary>
    public static string? Find(string program)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        const string root = "/usr/lib/postgresql";
        return System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin", program)).FirstOrDefault(File.Exists)
            : null;
    }

    /// <summary>German message for a missing program.</summary>
    public static string Missing(string program) =>
        $"Das PostgreSQL-Programm „{program}“ wurde nicht gefunden (weder im PATH noch in /usr/lib/postgresql/*/bin). "
        + "Bitte die PostgreSQL-Client-Programme in der Version des Servers installieren, zum Beispiel mit: apt-get install postgresql-client";

    /// <summary>A start description for <paramref name="path"/> that connects as <paramref name="connectionString"/> says.</summary>
    public static ProcessStartInfo Start(string path, string connectionString, IEnumerable<string> arguments)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Set(start, "PGHOST", settings.Host);
        Set(start, "PGPORT", settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set(start, "PGUSER", settings.Username);
        Set(start, "PGPASSWORD", settings.Password);
        Set(start, "PGDATABASE", settings.Database);
        Set(start, "PGSSLMODE", settings.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        return start;
    }

    private static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }
}
