using System.Globalization;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>Instants as the sitemap protocol and Atom (RFC 3339) write them: <c>2026-11-25T09:00:00Z</c>.</summary>
public static class W3cDate
{
    public static string Format(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
