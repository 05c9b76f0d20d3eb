using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure.ResponseCaching;
using Wegweiser.Web.Infrastructure.Security;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// What every feature stands on: settings, clock, database, keys, the request's site context,
/// security (headers, forwarded addresses, rate limits), the public response cache, compression,
/// health check, text encoding, localization, the culture route constraint and Razor Pages.
/// </summary>
public static class SiteServices
{
    public static IServiceCollection AddSite(this IServiceCollection services, IConfiguration configuration, WegweiserOptions options, string dataFolder, string contentRoot)
    {
        services.Configure<WegweiserOptions>(configuration.GetSection(WegweiserOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddWegweiserData(options.Database, dataFolder);
        // Keys for cookies, reset tokens and review links live in the database, so they survive restarts and
        // every node on the database accepts the others' links; optionally encrypted with a certificate.
        services.AddWegweiserDataProtection(options.DataProtection, contentRoot);
        services.AddScoped<SiteInitializer>();
        services.AddSingleton<HtmlRenderer>();
        services.AddSingleton<SiteClock>();
        services.AddHttpContextAccessor();
        services.AddScoped<SiteContext>();
        services.AddScoped<LanguageLinks>();
        services.AddHostedService<ContentChangeWatcher>();
        services.AddSingleton<MemoryTrimmer>();
        services.AddHostedService(sp => sp.GetRequiredService<MemoryTrimmer>());
        services.AddWegweiserSecurity(options);
        services.AddPublicResponseCache();
        services.AddResponseCompression(o =>
        {
            // Pages with a form and its antiforgery token opt out per response (see CompressionPolicy).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "application/xml", "application/atom+xml", "application/json", "application/ld+json", "text/plain", "text/calendar", "text/vcard", "image/svg+xml"];
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Write text as UTF-8, not as numeric entities: German umlauts, Arabic and Cyrillic stay readable and pages small.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The JSON APIs: letters as UTF-8 too, but never a raw < > & ' " (minimal APIs default to the relaxed
        // encoder), so a title with markup in it stays inert even where a response is read as HTML.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RouteOptions>(o => o.ConstraintMap["culture"] = typeof(CultureRouteConstraint));
        // Data-annotation messages may be keys of the shared resources (an unknown message is shown as written).
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        return services;
    }

    /// <summary>
    /// Why the site must not start, or null. Outside Development the public address is required:
    /// absolute links are never built on the Host header; a mistyped proxy address stops the start
    /// too. A wrong key certificate stops the command-line verbs as well: they must not write keys
    /// the site cannot read.
    /// </summary>
    public static string? StartupProblem(WegweiserOptions options, IHostEnvironment environment, bool isVerb) =>
        (isVerb ? null : PublicUrl.StartupProblem(options.PublicBaseUrl, environment.IsDevelopment()) ?? options.ReverseProxy.Problem())
        ?? options.DataProtection.Problem(environment.ContentRootPath)
        ?? options.MachineTranslation.Problem();
}
