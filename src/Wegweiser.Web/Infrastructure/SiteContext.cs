using System.Globalization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Infrastructure;

/// <summary>Per request: the culture, the site's time zone and the one clock.</summary>
public sealed class SiteContext(IOptions<WegweiserOptions> options, TimeProvider time, IHttpContextAccessor http)
{
    private TimeZoneInfo? _zone;

    public string Culture => CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : options.Value.SiteCultures[0];

    public CultureInfo CultureInfo => CultureInfo.CurrentUICulture;

    public bool IsRightToLeft => Cultures.IsRightToLeft(Culture);

    public TimeZoneInfo TimeZone => _zone ??= TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => time.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(Now, TimeZone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The town key that stands for the whole county (<see cref="CountyOptions.WideTown"/>).</summary>
    public string CountyWideTown => options.Value.County.WideTown;

    public string ThemeLayout => $"/Themes/{options.Value.Theme}/_Layout.cshtml";

    public string ThemeAssets => $"_content/Wegweiser.Theme.{options.Value.Theme}";

    /// <summary>
    /// The fingerprinted URL of a theme asset ("icons/house.svg" → "/_content/…/icons/house.k0k5.svg"),
    /// which browsers may cache for a year; the plain URL when the asset is unknown.
    /// </summary>
    public string ThemeAsset(string path)
    {
        var key = $"{ThemeAssets}/{path}";
        var assets = http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.ResourceAssetCollection>();
        return "/" + (assets is null ? key : assets[key]);
    }
}
