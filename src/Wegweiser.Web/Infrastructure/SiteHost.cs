using Serilog;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// What the host is built on before any feature registers: the settings, the data folder and the
/// one Serilog logger of this host (see <see cref="SiteLogging"/>).
/// </summary>
public sealed class SiteHost
{
    private SiteHost(WegweiserOptions options, string dataFolder, Serilog.Core.Logger logger)
    {
        Options = options;
        DataFolder = dataFolder;
        Logger = logger;
    }

    public WegweiserOptions Options { get; }

    public string DataFolder { get; }

    public Serilog.Core.Logger Logger { get; }

    /// <summary>The site's cultures, German first.</summary>
    public string[] Cultures => Options.SiteCultures.ToArray();

    /// <summary>
    /// Reads the settings, creates the data folder and sets up logging; null (after writing why to
    /// the console and the log) when the site must not start (<see cref="SiteServices.StartupProblem"/>).
    /// </summary>
    public static async Task<SiteHost?> PrepareAsync(WebApplicationBuilder builder, bool isVerb)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Theme assets come from Razor class libraries; serve them in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        var options = builder.Configuration.GetSection(WegweiserOptions.Section).Get<WegweiserOptions>() ?? new WegweiserOptions();
        var dataFolder = options.ResolveDataFolder(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);
        var logger = SiteLogging.Create(builder.Configuration, dataFolder);
        builder.Host.UseSerilog(logger, dispose: true);
        if (SiteServices.StartupProblem(options, builder.Environment, isVerb) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            logger.Fatal("The site did not start: {Problem}", problem);
            await logger.DisposeAsync();
            return null;
        }

        return new SiteHost(options, dataFolder, logger);
    }

    /// <summary>Ends a run that does not serve requests (a verb, a failed start): flushes the log and returns <paramref name="exitCode"/>.</summary>
    public async Task<int> EndAsync(int exitCode)
    {
        await Logger.DisposeAsync();
        return exitCode;
    }
}
