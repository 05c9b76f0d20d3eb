using Serilog;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Features.Errors;
using Wegweiser.Web.Features.Feeds;
using Wegweiser.Web.Features.Media;
using Wegweiser.Web.Features.ReviewRounds;
using Wegweiser.Web.Features.Search;
using Wegweiser.Web.Features.Setup;
using Wegweiser.Web.Features.TakeAlong;
using Wegweiser.Web.Features.Translation;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Infrastructure.Faults;
using Wegweiser.Web.Infrastructure.ResponseCaching;
using Wegweiser.Web.Infrastructure.Security;

NativeAllocator.KeepSmall();
var isVerb = CommandLine.IsVerb(args);
var builder = WebApplication.CreateBuilder(isVerb ? [] : args);
// Theme assets come from Razor class libraries; serve them in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();
var options = builder.Configuration.GetSection(WegweiserOptions.Section).Get<WegweiserOptions>() ?? new WegweiserOptions();
var dataFolder = options.ResolveDataFolder(builder.Environment.ContentRootPath);
Directory.CreateDirectory(dataFolder);
var siteLogger = SiteLogging.Create(builder.Configuration, dataFolder);
builder.Host.UseSerilog(siteLogger, dispose: true);
if (SiteServices.StartupProblem(options, builder.Environment, isVerb) is { } startupProblem)
{
    await Console.Error.WriteLineAsync(startupProblem);
    siteLogger.Fatal("The site did not start: {Problem}", startupProblem);
    await siteLogger.DisposeAsync();
    return 1;
}

// The features, each registering its own services (Features/<Name>/<Name>Feature.cs).
builder.Services.AddSite(builder.Configuration, options, dataFolder, builder.Environment.ContentRootPath)
    .AddAccounts()
    .AddEmail(builder.Configuration, dataFolder)
    .AddDirectory()
    .AddEditorial()
    .AddReviewRounds()
    .AddTranslation()
    .AddMedia()
    .AddSearch(builder.Configuration, dataFolder);

var app = builder.Build();
if (isVerb)
{
    var exitCode = await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
    await siteLogger.DisposeAsync();
    return exitCode;
}

if (!await SiteInitializer.RunAtStartAsync(app.Services, siteLogger))
{
    await siteLogger.DisposeAsync();
    return 1;
}

// The middleware, in order.
app.UseSerilogRequestLogging(o => o.Logger = siteLogger);
// Forwarded headers, security headers and rate limits run before the cache: limits count on cache hits too.
app.UseWegweiserSecurity(options);
app.UsePublicResponseCache();
app.UseResponseCompression();
app.UseErrorPages();
// The database away (PostgreSQL stopped, SQLite locked): 503 with Retry-After, not a 500.
app.UseMiddleware<DatabaseUnavailableMiddleware>();
app.UseRouting();
app.UseSiteCultures(options.SiteCultures.ToArray());
app.UseAuthentication();
app.UseAuthorization();

// The endpoints.
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapDirectory(options.SiteCultures.ToArray());
app.MapTakeAlong();
app.MapMedia();
app.MapFeeds();
app.MapSearch();
app.MapRazorPages().WithStaticAssets().RequireTwoFactorForAdminArea();

app.Run();
return 0;

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
