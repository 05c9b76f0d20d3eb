using System.Globalization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Infrastructure;

/// <summary>Per request: the culture, the theme, and the site's clock (<see cref="SiteClock"/>).</summary>
public sealed class SiteContext(IOptions<WegweiserOptions> options, SiteClock clock, IHttpContextAccessor http)
{
    public string Culture => CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : options.Value.SiteCultures[0];

    public CultureInfo CultureInfo => CultureInfo.CurrentUICulture;

    public bool IsRightToLeft => Cultures.IsRightToLeft(Culture);

    public TimeZoneInfo TimeZone => clock.Zone;

    public DateTimeOffset Now => clock.Now;

    public DateTime LocalNow => clock.LocalNow;

    public DateOnly Today => clock.Today;

    /// <summary>
    /// The county's name (<see cref="CountyOptions.Name"/>), the placeholder of the resources
    /// <c>Site.Name</c> and <c>Footer.Note</c>: the county belongs to the installation, not the texts.
    /// </summary>
    public string CountyName => options.Value.County.Name;

    /// <summary>The town key that stands for the whole county (<see cref="CountyOptions.WideTown"/>).</summary>
    public string CountyWideTown => options.Value.County.WideTown;

    /// <summary>Review intervals per type (<c>Wegweiser:Review</c>, defaults from <see cref="ContentTypes"/>).</summary>
    public Core.Review.ReviewPolicy ReviewPolicy => options.Value.Review;

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
