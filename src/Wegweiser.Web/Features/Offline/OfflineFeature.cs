using Wegweiser.Web.Features.Offline.Saving;

namespace Wegweiser.Web.Features.Offline;

/// <summary>
/// The directory as an installable app that keeps what a visitor has seen: a web app manifest per
/// culture, the service worker <c>/sw.js</c> and an offline page per culture (<c>/{culture}/offline</c>,
/// a Razor Page). Pages link the manifest and load <c>offline.js</c>, which registers the worker.
/// "Save for offline" on the home page (<c>offline-save.js</c>) keeps a culture's whole directory
/// from the package <c>/{culture}/offline/paket.json</c>; <c>offline-search.js</c> searches the
/// compact index <c>/{culture}/offline/suche.json</c> without a network. Both are built once per
/// content change (<see cref="OfflineBundleBuilder"/>) and then served by the public response cache.
/// </summary>
public static class OfflineFeature
{
    public static IServiceCollection AddOffline(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AppManifestOptions>(configuration.GetSection(AppManifestOptions.Section));
        services.AddSingleton<ShellAssets>();
        services.AddSingleton<ServiceWorkerScript>();
        services.AddScoped<WebAppManifest>();
        services.AddSingleton<OfflineBundleCache>();
        services.AddScoped<OfflineBundleBuilder>();
        return services;
    }

    public static IEndpointRouteBuilder MapOffline(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{culture:culture}/manifest.webmanifest", (string culture, WebAppManifest manifest) =>
            Results.Text(manifest.For(culture), WebAppManifest.ContentType));

        // Never from the response cache (ResponseCacheRules passes it through): browsers ask for
        // it again on every check for an update, and no-cache keeps any cache in between honest.
        app.MapGet(ServiceWorkerScript.Path, (HttpContext http, ServiceWorkerScript script) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(script.Text, ServiceWorkerScript.ContentType);
        });

        app.MapGet("/{culture:culture}/offline/paket.json", async (string culture, OfflineBundleBuilder bundles, CancellationToken ct) =>
            Results.Bytes((await bundles.ForAsync(culture, ct)).Package, JsonContentType));
        app.MapGet("/{culture:culture}/offline/suche.json", async (string culture, OfflineBundleBuilder bundles, CancellationToken ct) =>
            Results.Bytes((await bundles.ForAsync(culture, ct)).SearchIndex, JsonContentType));
        return app;
    }

    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The package of a culture's "Save for offline": the pages to keep and their size.</summary>
    public static string PackageUrl(string culture) => $"/{culture}/offline/paket.json";

    /// <summary>The compact search index of a culture for the offline search.</summary>
    public static string SearchIndexUrl(string culture) => $"/{culture}/offline/suche.json";
}
