using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Wegweiser.Web.Infrastructure.Security;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// One logger per host, never the static Log.Logger: several hosts in one process (the tests) must
/// not write into each other's files. Request logs carry method, path, status and time only, and
/// never the token of a review-round or password-reset address (<see cref="TokenRedactingEnricher"/>).
/// </summary>
public static class SiteLogging
{
    public static Serilog.Core.Logger Create(IConfiguration configuration, string dataFolder) =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.With<TokenRedactingEnricher>()
            .WriteTo.Console()
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(dataFolder, "logs", "wegweiser-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
            .CreateLogger();
}
