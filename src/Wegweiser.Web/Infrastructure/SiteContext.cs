using System.Globalization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Infrastructure;

/// <summary>Per request: the culture, the site's time zone and the one clock.</summary>
public sealed class SiteContext(IOptions<WegweiserOptions> options, TimeProvider time)
{
    private TimeZoneInfo? _zone;

    public string Culture => CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : options.Value.Cultures[0];

    public CultureInfo CultureInfo => CultureInfo.CurrentUICulture;

    public bool IsRightToLeft => Cultures.IsRightToLeft(Culture);

    public TimeZoneInfo TimeZone => _zone ??= TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => time.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(Now, TimeZone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public string ThemeLayout => $"/Themes/{options.Value.Theme}/_Layout.cshtml";

    public string ThemeAssets => $"_content/Wegweiser.Theme.{options.Value.Theme}";
}
