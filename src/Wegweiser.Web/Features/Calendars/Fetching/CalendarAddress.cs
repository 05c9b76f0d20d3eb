namespace Wegweiser.Web.Features.Calendars.Fetching;

/// <summary>
/// What a calendar address may be: absolute http or https (webcal:// is read as https://), no
/// user name or password in it, at most <see cref="Data.Calendars.CalendarLimits.Url"/> characters.
/// </summary>
public static class CalendarAddress
{
    /// <summary>The address to store and fetch, or null with the resource key of the reason.</summary>
    public static (Uri? Uri, string? Refusal) Parse(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, "Calendars.Error.UrlMissing");
        }

        if (text.Length > Data.Calendars.CalendarLimits.Url)
        {
            return (null, "Calendars.Error.UrlTooLong");
        }

        if (text.StartsWith("webcal://", StringComparison.OrdinalIgnoreCase))
        {
            text = "https://" + text["webcal://".Length..];
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !IsHttp(uri) || string.IsNullOrEmpty(uri.Host))
        {
            return (null, "Calendars.Error.UrlScheme");
        }

        return uri.UserInfo.Length > 0 ? (null, "Calendars.Error.UrlUserInfo") : (uri, null);
    }

    public static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
