using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;

namespace Wegweiser.Web.Tests;

/// <summary>
/// One set-up data folder per recipe and test process: a real first start of the site (migrations,
/// recipe, first administrator) in a folder of its own, stopped, then copied into each new SQLite site
/// that would have set itself up the same way. Such a site starts as it does after every restart in
/// production, on an existing data folder; it saves applying the recipe again (seconds per site, and
/// the test projects start a few hundred sites). Only equal set-ups share a template, see
/// <see cref="WegweiserFactory"/>: same recipe, real clock, no setting that set-up reads.
/// </summary>
public static class SetupTemplates
{
    /// <summary>
    /// The recipe writes "now" into its entries (created, last reviewed): a template older than this is
    /// made again, so a copy's dates stay as close to its own start as a first start's would be.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    /// <summary>Settings under these keys change what set-up writes or where: a site with one of them sets itself up.</summary>
    private static readonly string[] SetupKeys =
        ["Wegweiser:Setup", "Wegweiser:Database", "Wegweiser:DataFolder", "Wegweiser:RecipesFolder", "Wegweiser:DataProtection", "Wegweiser:Search"];

    private static readonly Dictionary<string, (string Folder, DateTimeOffset Made)> Templates = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>
    /// Whether a site with these settings may start from a template instead of its own first set-up.
    /// <c>WEGWEISER_TEST_NO_TEMPLATES=1</c> switches templates off (every site sets itself up, as before).
    /// </summary>
    public static bool AllowedWith(IReadOnlyDictionary<string, string> settings) =>
        Environment.GetEnvironmentVariable("WEGWEISER_TEST_NO_TEMPLATES") != "1"
        && !settings.Keys.Any(key => SetupKeys.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Copies the set-up data folder of <paramref name="recipe"/> into the empty <paramref name="target"/>, making it first if needed.</summary>
    public static void CopyInto(string recipe, string target)
    {
        string source;
        lock (Gate)
        {
            if (!Templates.TryGetValue(recipe, out var template) || DateTimeOffset.UtcNow - template.Made > MaxAge)
            {
                template = Make(recipe);
                Templates[recipe] = template;
            }

            source = template.Folder;
        }

        Copy(new DirectoryInfo(source), target);
    }

    private static (string Folder, DateTimeOffset Made) Make(string recipe)
    {
        var folder = Directory.CreateTempSubdirectory($"wegweiser-template-{recipe}-").FullName;
        var made = DateTimeOffset.UtcNow;
        string connectionString;
        using (var site = new WegweiserFactory(recipe, "sqlite", folder))
        {
            // Starting the site is its first start: migrations, the recipe, the first administrator.
            using var scope = site.Services.CreateScope();
            connectionString = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>().Database.GetConnectionString()!;
        }

        // Close the pooled connections of the stopped site, so SQLite folds its write-ahead log into the file.
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return (folder, made);
    }

    /// <summary>Everything but the template site's own log files (and SQLite's shared-memory index, which belongs to open connections).</summary>
    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles().Where(f => !f.Name.EndsWith("-shm", StringComparison.Ordinal)))
        {
            file.CopyTo(Path.Combine(target, file.Name), overwrite: false);
        }

        foreach (var directory in source.EnumerateDirectories().Where(d => d.Name != "logs"))
        {
            Copy(directory, Path.Combine(target, directory.Name));
        }
    }
}
