namespace Wegweiser.Web.Features.Offline;

/// <summary>
/// The directory as an installable app that keeps what a visitor has seen: a web app manifest per
/// culture, the service worker <c>/sw.js</c> and an offline page per culture (<c>/{culture}/offline</c>,
/// a Razor Page). Pages link the manifest and load <c>offline.js</c>, which registers the worker.
/// </summary>
public static class OfflineFeature
{
    public static IServiceCollection AddOffline(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AppManifestOptions>(configuration.GetSection(AppManifestOptions.Section));
        services.AddSingleton<ShellAssets>();
        services.AddSingleton<ServiceWorkerScript>();
        services.AddScoped<WebAppManifest>();
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
        return app;
    }
}
