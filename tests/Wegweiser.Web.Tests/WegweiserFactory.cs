using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wegweiser.Core.Content;
using Wegweiser.Data;

namespace Wegweiser.Web.Tests;

/// <summary>
/// The real site on a real database of its own: a SQLite file in a fresh data folder (or, with
/// <c>provider: "postgres"</c>, a fresh database on the test PostgreSQL server), set up from the
/// shipped recipes exactly as on a first start. A fresh SQLite folder with the real clock and no
/// set-up settings gets a copy of that first start instead (<see cref="SetupTemplates"/>) and starts
/// on it as after a restart, unless <see cref="RealFirstStart"/> asks for the set-up itself.
/// </summary>
public class WegweiserFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Passwort-2026!";

    private readonly string? _postgresDatabase;

    private readonly bool _freshFolder;

    private int _copiedTemplate;

    public WegweiserFactory(string recipe = "demo", string provider = "sqlite", string? dataFolder = null, DateTimeOffset? now = null)
        : this(recipe, provider, dataFolder, now, null)
    {
    }

    public WegweiserFactory(string recipe, string provider, string? dataFolder, DateTimeOffset? now, IReadOnlyDictionary<string, string>? settings)
    {
        Settings = settings ?? new Dictionary<string, string>();
        Clock = now is null ? null : new FixedClock(now.Value);
        Recipe = recipe;
        Provider = provider;
        _freshFolder = dataFolder is null;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("wegweiser-web-").FullName;
        if (provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("WEGWEISER_TEST_POSTGRES")
                ?? throw new InvalidOperationException("WEGWEISER_TEST_POSTGRES is not set. Run the tests with tests/run.sh.");
            _postgresDatabase = $"{server};Database=ww_web_{Guid.NewGuid():N}";
        }
    }

    public string Recipe { get; }

    /// <summary>Further configuration for this site, e.g. <c>Wegweiser:RateLimits:Forms:PermitLimit</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>A fixed "now" for the whole site, when a test needs one.</summary>
    public FixedClock? Clock { get; }

    public string Provider { get; }

    /// <summary>The connection string of this site's PostgreSQL database (null on SQLite), for a second node on it.</summary>
    public string? PostgresConnectionString => _postgresDatabase;

    public string DataFolder { get; }

    /// <summary>
    /// True for tests of set-up itself: this site applies its recipe on its own first start even where
    /// a copy of an equal set-up would do.
    /// </summary>
    public bool RealFirstStart { get; init; }

    /// <summary>Whether this site starts from a copy of an equal first start (see <see cref="SetupTemplates"/>).</summary>
    public bool StartsFromTemplate =>
        _freshFolder && !RealFirstStart && Provider == "sqlite" && Clock is null && SetupTemplates.AllowedWith(Settings);

    public static string RecipesFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wegweiser.sln")))
                {
                    return Path.Combine(dir.FullName, "content-recipes");
                }
            }

            throw new InvalidOperationException("Repository root not found.");
        }
    }

    protected override IHostBuilder? CreateHostBuilder()
    {
        // Before the site's own start begins: the template is made by a site of its own. Once per
        // folder: WithWebHostBuilder's sites come through here too, and start on the same folder.
        if (StartsFromTemplate && Interlocked.Exchange(ref _copiedTemplate, 1) == 0)
        {
            SetupTemplates.CopyInto(Recipe, DataFolder);
        }

        return base.CreateHostBuilder();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Wegweiser:DataFolder", DataFolder);
        builder.UseSetting("Wegweiser:RecipesFolder", RecipesFolder);
        builder.UseSetting("Wegweiser:Setup:Recipe", Recipe);
        builder.UseSetting("Wegweiser:Setup:AdminPassword", AdminPassword);
        // Tests load one site from one address; those about limits switch them on in Settings.
        builder.UseSetting("Wegweiser:RateLimits:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        if (_postgresDatabase is not null)
        {
            builder.UseSetting("Wegweiser:Database:Provider", "Postgres");
            builder.UseSetting("Wegweiser:Database:ConnectionString", _postgresDatabase);
        }
    }

    /// <summary>
    /// Today as the site counts it: the date in its time zone (Europe/Berlin), not in UTC. Between
    /// midnight in Berlin and midnight UTC the two differ by a day.
    /// </summary>
    public DateOnly Today => Services.GetRequiredService<Wegweiser.Web.Infrastructure.SiteClock>().Today;

    /// <summary>Runs a query against the site's database.</summary>
    public async Task<T> QueryAsync<T>(Func<WegweiserDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WegweiserDbContext>());
    }

    /// <summary>The German slug of a published item, looked up by key.</summary>
    public Task<string> GermanSlugAsync(string key) => QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        return item.Latest.Translation(Cultures.Source)!.Slug;
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _postgresDatabase is not null)
        {
            using var db = new PostgresWegweiserDbContext(new DbContextOptionsBuilder<PostgresWegweiserDbContext>().UseNpgsql(_postgresDatabase).Options);
            db.Database.EnsureDeleted();
        }
    }
}
