using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Localization.Routing;

namespace Wegweiser.Web.Infrastructure;

/// <summary>The request's culture comes from the address (<c>/ar/…</c>), never from a cookie or the browser.</summary>
public static class SiteLocalization
{
    public static IApplicationBuilder UseSiteCultures(this IApplicationBuilder app, IReadOnlyList<string> cultures) =>
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
}
