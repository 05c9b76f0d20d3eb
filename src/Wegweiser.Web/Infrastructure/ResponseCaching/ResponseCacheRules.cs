namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>What the public response cache does with a request path.</summary>
public enum CacheScope
{
    /// <summary>Anonymous GETs are served from memory after the first request.</summary>
    Public,

    /// <summary>Never cached; responses carry <c>Cache-Control: private, no-store</c>.</summary>
    Private,

    /// <summary>Not this cache's business (static assets, media, health): their own headers apply.</summary>
    PassThrough,
}

/// <summary>How long a cached response's text stays true without a content change.</summary>
public enum CacheLifetime
{
    /// <summary>Pages may say "Jetzt geöffnet" or "vor 3 Minuten": valid until the next minute starts.</summary>
    Minute,

    /// <summary>Files without relative times (sitemaps, feeds, vCards, calendars, QR codes): valid for the day.</summary>
    Day,
}

/// <summary>
/// The one table of which paths the public response cache may serve, which it must keep private
/// and how long a cached response stays true. A test walks every route of the site through it.
/// </summary>
public static class ResponseCacheRules
{
    /// <summary>Staff, account and provider pages: never cached, never stored by browsers or proxies.</summary>
    public static readonly IReadOnlyList<string> PrivatePrefixes = [AdminLinks.Dashboard, "/konto", "/rueckmeldung"];

    /// <summary>Served with their own caching headers (fingerprinted assets, uploaded images, the service worker) or live by design.</summary>
    public static readonly IReadOnlyList<string> PassThroughPrefixes = ["/_content/", "/_framework/", "/medien/", "/healthz", "/fehler/", "/sw.js"];

    private static readonly string[] DayLongSuffixes = [".xml", ".txt", ".atom", ".vcf", ".ics", ".svg"];

    public static CacheScope ScopeOf(PathString path)
    {
        var value = path.Value ?? "/";
        if (PrivatePrefixes.Any(p => StartsWithSegment(value, p)))
        {
            return CacheScope.Private;
        }

        return PassThroughPrefixes.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase) || StartsWithSegment(value, p.TrimEnd('/')))
            ? CacheScope.PassThrough
            : CacheScope.Public;
    }

    /// <summary>
    /// Whether the response depends on the browser's <c>Accept-Language</c>: the root, which picks a
    /// language, and the HSDS API when its <c>lang</c> parameter is absent.
    /// </summary>
    public static bool VariesByAcceptLanguage(PathString path, IQueryCollection query)
    {
        var value = path.Value;
        return value is null or "/" || (StartsWithSegment(value, "/api/hsds") && !query.ContainsKey("lang"));
    }

    public static CacheLifetime LifetimeOf(PathString path)
    {
        var value = path.Value ?? "/";
        return DayLongSuffixes.Any(s => value.EndsWith(s, StringComparison.OrdinalIgnoreCase)) ? CacheLifetime.Day : CacheLifetime.Minute;
    }

    /// <summary>Whether a cached response with this status may be reused: pages, moved pages and "not found", never other errors.</summary>
    public static bool IsStorableStatus(int status) =>
        status is StatusCodes.Status200OK or StatusCodes.Status404NotFound or StatusCodes.Status301MovedPermanently or StatusCodes.Status302Found;

    private static bool StartsWithSegment(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
