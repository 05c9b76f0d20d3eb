using Serilog;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Api;
using Wegweiser.Web.Features.Calendars;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Features.Errors;
using Wegweiser.Web.Features.Feeds;
using Wegweiser.Web.Features.Hsds;
using Wegweiser.Web.Features.Media;
using Wegweiser.Web.Features.Moderation;
using Wegweiser.Web.Features.Offline;
using Wegweiser.Web.Features.PlainLanguage;
using Wegweiser.Web.Features.Print;
using Wegweiser.Web.Features.Registration;
using Wegweiser.Web.Features.Providers;
using Wegweiser.Web.Features.ReviewRounds;
using Wegweiser.Web.Features.Search;
using Wegweiser.Web.Features.Setup;
using Wegweiser.Web.Features.Sheets;
using Wegweiser.Web.Features.TakeAlong;
using Wegweiser.Web.Features.Translation;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Infrastructure.Faults;
using Wegweiser.Web.Infrastructure.ResponseCaching;
using Wegweiser.Web.Infrastructure.Security;

NativeAllocator.KeepSmall();
// A command-line verb (setup, user, backup …) reads no web-host arguments.
var builder = WebApplication.CreateBuilder(CommandLine.IsVerb(args) ? [] : args);
if (await SiteHost.PrepareAsync(builder, CommandLine.IsVerb(args)) is not { } site)
{
    return 1;
}

// The features, each registering its own services (Features/<Name>/<Name>Feature.cs).
builder.Services.AddSite(builder.Configuration, site.Options, site.DataFolder, builder.Environment.ContentRootPath)
    .AddAccounts()
    .AddEmail(builder.Configuration, site.DataFolder)
    .AddDirectory()
    .AddEditorial()
    .AddCalendars(builder.Configuration)
    .AddReviewRounds()
    .AddRegistration()
    .AddModeration()
    .AddProviders()
    .AddTranslation()
    .AddPlainLanguage()
    .AddMedia()
    .AddSheets()
    .AddFeeds()
    .AddSearch(builder.Configuration, site.DataFolder)
    .AddHsds(builder.Configuration)
    .AddOffline(builder.Configuration)
    .AddPrint();

var app = builder.Build();
if (await app.RunVerbOrInitializeAsync(site, args) is { } exitCode)
{
    return exitCode;
}

// The middleware, in order. First a request count, so the memory trimmer knows a quiet moment.
var trimmer = app.Services.GetRequiredService<MemoryTrimmer>();
app.Use((context, next) =>
{
    trimmer.NoteRequest();
    return next(context);
});
app.UseSerilogRequestLogging(o => o.Logger = site.Logger);
// Forwarded headers, security headers and rate limits run before the cache: limits count on cache hits too.
app.UseWegweiserSecurity(site.Options);
app.UsePublicResponseCache();
app.UseResponseCompression();
app.UseErrorPages();
// The database away (PostgreSQL stopped, SQLite locked): 503 with Retry-After, not a 500.
app.UseMiddleware<DatabaseUnavailableMiddleware>();
app.UseRouting();
app.UseSiteCultures(site.Cultures);
app.UseAuthentication();
app.UseAuthorization();

// The endpoints.
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapDirectory(site.Cultures);
app.MapTakeAlong();
app.MapMedia();
app.MapFeeds();
app.MapSearch();
app.MapHsds();
app.MapApiDescription();
app.MapOffline();
app.MapRazorPages().WithStaticAssets().RequireTwoFactorForAdminArea();

app.Run();
return 0;

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
