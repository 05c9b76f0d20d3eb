using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Localization.Routing;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Feeds;
using Wegweiser.Web.Features.Search;
using Wegweiser.Web.Features.Setup;
using Wegweiser.Web.Infrastructure;
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

// One logger per host, never the static Log.Logger: several hosts in one process (the tests) must
// not write into each other's files. Request logs carry method, path, status and time only, and
// never the token of a review-round or password-reset address (TokenRedactingEnricher).
var siteLogger = new LoggerConfiguration()
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .Enrich.With<TokenRedactingEnricher>()
    .WriteTo.Console()
    .WriteTo.File(new CompactJsonFormatter(), Path.Combine(dataFolder, "logs", "wegweiser-.log"),
        rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
    .CreateLogger();
builder.Host.UseSerilog(siteLogger, dispose: true);

// Outside Development the public address is required: absolute links are never built on the Host header.
// A mistyped proxy address stops the start too, with a message naming the setting.
// A wrong key certificate stops the verbs too: they must not write keys the site cannot read.
if (((isVerb ? null : PublicUrl.StartupProblem(options.PublicBaseUrl, builder.Environment.IsDevelopment()) ?? options.ReverseProxy.Problem())
        ?? options.DataProtection.Problem(builder.Environment.ContentRootPath) ?? options.MachineTranslation.Problem()) is { } startupProblem)
{
    await Console.Error.WriteLineAsync(startupProblem);
    siteLogger.Fatal("The site did not start: {Problem}", startupProblem);
    await siteLogger.DisposeAsync();
    return 1;
}

builder.Services.Configure<WegweiserOptions>(builder.Configuration.GetSection(WegweiserOptions.Section));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddWegweiserData(options.Database, dataFolder);
builder.Services.AddIdentity<IdentityUser, IdentityRole>(o =>
    {
        o.Password.RequiredLength = 12;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
    })
    .AddEntityFrameworkStores<WegweiserDbContext>()
    .AddErrorDescriber<Wegweiser.Web.Features.Accounts.GermanIdentityErrors>()
    .AddDefaultTokenProviders();
// Password-reset links (Identity's data-protection tokens) work for two hours and only once:
// setting the new password changes the security stamp the token is bound to.
builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
builder.Services.AddTwoFactorForAdminArea();
builder.Services.AddStaffSessions();
builder.Services.AddWegweiserEmail(builder.Configuration, dataFolder);
builder.Services.AddWegweiserReviewRounds();
builder.Services.AddWegweiserMachineTranslation();
// Keys for cookies, reset tokens and review links live in the database, so they survive restarts and
// every node on the database accepts the others' links; optionally encrypted with a certificate.
builder.Services.AddWegweiserDataProtection(options.DataProtection, builder.Environment.ContentRootPath);
builder.Services.AddSingleton<Wegweiser.Web.Features.Accounts.PasswordResetLimiter>();
builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/konto/anmelden";
    o.AccessDeniedPath = "/konto/anmelden";
    o.Cookie.Name = "wegweiser.auth";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
});
builder.Services.AddScoped<SiteInitializer>();
builder.Services.AddSingleton<HtmlRenderer>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<SiteContext>();
builder.Services.AddScoped<LanguageLinks>();
builder.Services.AddScoped<DirectoryQueries>();
builder.Services.AddScoped<Wegweiser.Web.Features.Translation.TranslationOverview>();
builder.Services.AddScoped<Wegweiser.Web.Features.Editorial.ReviewOverview>();
builder.Services.AddScoped<Wegweiser.Web.Features.Editorial.Entries.EntryWorkflow>();
builder.Services.AddScoped<Wegweiser.Web.Features.Editorial.Entries.EntryEditing>();
builder.Services.AddSingleton<Wegweiser.Web.Features.Media.ImageProcessor>();
builder.Services.AddSingleton<Wegweiser.Web.Features.Media.MediaStore>();
builder.Services.AddSingleton<OpeningHoursFormatter>();
builder.Services.AddScoped<WhenFormatter>();
builder.Services.AddHostedService<ExpiredContentArchiver>();
builder.Services.AddHostedService<DataRetentionJob>();
builder.Services.AddSingleton<Wegweiser.Web.Features.Editorial.Entries.ScheduledWorkflowJob>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<Wegweiser.Web.Features.Editorial.Entries.ScheduledWorkflowJob>());
builder.Services.AddHostedService<ContentChangeWatcher>();
builder.Services.AddWegweiserSearch(builder.Configuration, dataFolder);
builder.Services.AddWegweiserSecurity(options);
builder.Services.AddPublicResponseCache();
builder.Services.AddResponseCompression(o =>
{
    // Pages with a form and its antiforgery token opt out per response (see CompressionPolicy).
    o.EnableForHttps = true;
    o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
    o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
    o.MimeTypes = ["text/html", "text/css", "application/xml", "application/atom+xml", "application/json", "application/ld+json", "text/plain", "text/calendar", "text/vcard", "image/svg+xml"];
});
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
// Write text as UTF-8, not as numeric entities: German umlauts, Arabic and Cyrillic stay readable and pages small.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
// The JSON APIs: letters as UTF-8 too, but never a raw < > & ' " (minimal APIs default to the relaxed
// encoder), so a title with markup in it stays inert even where a response is read as HTML.
builder.Services.ConfigureHttpJsonOptions(o =>
    o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.Configure<RouteOptions>(o => o.ConstraintMap["culture"] = typeof(CultureRouteConstraint));
// Data-annotation messages may be keys of the shared resources (an unknown message is shown as written).
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features")
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Wegweiser.Web.SharedResource)));

var app = builder.Build();

if (isVerb)
{
    var exitCode = await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
    await siteLogger.DisposeAsync();
    return exitCode;
}

await using (var scope = app.Services.CreateAsyncScope())
{
    try
    {
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().InitializeAsync();
    }
    catch (Wegweiser.Core.Recipes.RecipeException e)
    {
        siteLogger.Fatal("The start-up recipe was not applied; the database is unchanged. {Problem}", e.Message);
        await siteLogger.DisposeAsync();
        return 1;
    }
}

app.UseSerilogRequestLogging(o => o.Logger = siteLogger);
// Forwarded headers, security headers and rate limits run before the cache: limits count on cache hits too.
app.UseWegweiserSecurity(options);
app.UsePublicResponseCache();
app.UseResponseCompression();
app.UseExceptionHandler("/fehler/500");
app.UseStatusCodePagesWithReExecute("/fehler/{0}");
// The database away (PostgreSQL stopped, SQLite locked): 503 with Retry-After, not a 500.
app.UseMiddleware<Wegweiser.Web.Infrastructure.Faults.DatabaseUnavailableMiddleware>();
app.UseRouting();
var cultures = options.SiteCultures.ToArray();
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(cultures[0]),
    SupportedCultures = cultures.Select(SiteCultureInfo.Create).ToList(),
    SupportedUICultures = cultures.Select(SiteCultureInfo.Create).ToList(),
    RequestCultureProviders =
    [
        new RouteDataRequestCultureProvider { RouteDataStringKey = "culture", UIRouteDataStringKey = "culture" },
        // An error page re-executed for /ar/… speaks Arabic: take the culture from the address first asked for.
        new CustomRequestCultureProvider(http =>
        {
            var original = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath;
            var first = original?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return Task.FromResult(first is not null && cultures.Contains(first) ? new ProviderCultureResult(first) : null);
        }),
    ],
});
app.UseAuthentication();
app.UseAuthorization();
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
// The root picks a language once from the browser; after that the URL decides, no cookie needed.
app.MapGet("/", (HttpContext http) =>
{
    http.Response.Headers.Vary = "Accept-Language";
    return Results.Redirect($"/{SiteCultureInfo.Negotiate(http.Request.Headers.AcceptLanguage, cultures)}/");
});
app.MapTakeAlong();
app.MapMedia();
app.MapFeeds();
app.MapSearch();
app.MapSuggestions();
app.MapRazorPages().WithStaticAssets().RequireTwoFactorForAdminArea();

app.Run();
return 0;

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
