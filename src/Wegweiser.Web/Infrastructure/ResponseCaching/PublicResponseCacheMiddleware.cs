using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>
/// Serves anonymous public GET responses from memory after the first request (see
/// <see cref="ResponseCacheRules"/> for what counts as public). The key is host, path, query, the
/// negotiated culture for <c>/</c> and the HSDS API without <c>lang</c>, the content version and a time bucket: the current minute for
/// pages (they may say "Jetzt geöffnet"), the current day for files. So a change, or the next
/// minute, is never answered with an older response. Responses are stored compressed (gzip and
/// Brotli, once) with a weak ETag; a matching <c>If-None-Match</c> gets <c>304</c>.
/// Never stored: requests of signed-in visitors (any sign-in cookie), responses that set a cookie
/// or say <c>no-store</c>/<c>private</c> (an antiforgery token does), errors other than 404.
/// </summary>
public sealed class PublicResponseCacheMiddleware(
    RequestDelegate next, PublicResponseCache cache, PublicQuery publicQuery, ContentChangeSignal signal, TimeProvider time, SiteClock clock,
    IOptions<WegweiserOptions> options)
{
    public const string PrivateCacheControl = "private, no-store";

    /// <summary>The longest time a browser may reuse a public response without asking again.</summary>
    public const int MaxBrowserSeconds = 60;

    private static readonly string[] SignInCookiePrefixes = ["wegweiser.auth", "Identity."];

    private readonly IReadOnlyList<string> _cultures = options.Value.SiteCultures;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var scope = ResponseCacheRules.ScopeOf(request.Path);
        if (scope == CacheScope.PassThrough)
        {
            await PassOnAsync(context);
            return;
        }

        var readOnly = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (scope == CacheScope.Public && readOnly && request.QueryString.HasValue)
        {
            request.QueryString = publicQuery.Canonical(request.Query, request.Path);
        }

        if (scope == CacheScope.Private || !readOnly || IsSignedIn(request))
        {
            context.Response.OnStarting(() =>
            {
                MarkPrivate(context.Response);
                return Task.CompletedTask;
            });
            await PassOnAsync(context);
            return;
        }

        if (!cache.Enabled || request.Headers.Authorization.Count > 0)
        {
            await PassOnAsync(context);
            return;
        }

        var now = time.GetUtcNow();
        var lifetime = ResponseCacheRules.LifetimeOf(request.Path);
        var (bucket, validFor) = Bucket(now, lifetime);
        var byLanguage = ResponseCacheRules.VariesByAcceptLanguage(request.Path, request.Query);
        var variant = byLanguage ? SiteCultureInfo.Negotiate(request.Headers.AcceptLanguage, _cultures) : "";
        var key = string.Concat(request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value,
            "|", variant, "|", cache.Stamp(signal.Version), "|", bucket);
        var vary = byLanguage ? "Accept-Encoding, Accept-Language" : "Accept-Encoding";
        var maxAge = (int)Math.Clamp(Math.Ceiling(validFor.TotalSeconds), 1, MaxBrowserSeconds);

        if (cache.Get(key) is { } cached)
        {
            await WriteAsync(context, cached, maxAge, vary);
            return;
        }

        // A HEAD that finds nothing stored is rendered as the GET it asks about (minimal-API
        // endpoints such as the sitemaps and feeds map GET only); only the headers are sent. Once
        // the cache is half full, a response is kept only from the second request for its key
        // (PublicResponseCache.Admit).
        await RenderAndStoreAsync(context, key, validFor, maxAge, vary, cache.Admit(key));
    }

    /// <summary>
    /// Passes a request on without the cache. A HEAD runs as the GET it asks about, because
    /// minimal-API endpoints (sitemaps, feeds, the search API …) map GET only and would answer 404;
    /// the body is counted for <c>Content-Length</c>, never sent.
    /// </summary>
    private async Task PassOnAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new CaptureBodyFeature();
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        request.Method = HttpMethods.Get;
        try
        {
            await next(context);
            await capture.CompleteAsync();
        }
        finally
        {
            request.Method = HttpMethods.Head;
            context.Features.Set(original);
        }

        if (capture.Length > 0 && context.Response.ContentLength is null)
        {
            context.Response.ContentLength = capture.Length;
        }
    }

    private async Task RenderAndStoreAsync(HttpContext context, string key, TimeSpan validFor, int maxAge, string vary, bool keep)
    {
        var request = context.Request;
        var response = context.Response;
        var acceptEncoding = request.Headers.AcceptEncoding;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new CaptureBodyFeature();
        var slot = new StoredResponseSlot();

        // The inner pipeline renders plain bytes; the cache compresses them once when it keeps them.
        var head = HttpMethods.IsHead(request.Method);
        request.Method = HttpMethods.Get;
        request.Headers.Remove("Accept-Encoding");
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        context.Features.Set(slot);
        try
        {
            await next(context);
            await capture.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
            context.Features.Set<StoredResponseSlot>(null);
            request.Headers.AcceptEncoding = acceptEncoding;
            request.Method = head ? HttpMethods.Head : HttpMethods.Get;
        }

        // The endpoint keeps this response itself (StoredResponseResult): served, not stored twice.
        if (slot.Response is { } kept && capture.Length == 0)
        {
            await WriteAsync(context, kept, maxAge, vary);
            return;
        }

        // A visitor who hung up cancels the endpoint's writes, and a pipe writer swallows that:
        // the status may say 200 over a missing or cut body. Such a response is never kept.
        var complete = !context.RequestAborted.IsCancellationRequested
            && (response.ContentLength is not { } declared || declared == capture.Length);
        var storable = complete
            && ResponseCacheRules.IsStorableStatus(response.StatusCode)
            && response.Headers.SetCookie.Count == 0
            && !ForbidsStoring(response.Headers.CacheControl)
            && context.User.Identity?.IsAuthenticated != true
            && string.IsNullOrEmpty(response.Headers.ContentEncoding)
            && capture.Length <= cache.MaxResponseBytes;
        if (storable)
        {
            // Served as public either way (ETag, max-age); kept only when admitted.
            var entry = CachedResponse.Create(response, capture.Body, brotli: keep);
            if (keep)
            {
                cache.Set(key, entry, validFor);
            }

            await WriteAsync(context, entry, maxAge, vary);
            return;
        }

        MarkPrivate(response);
        // Not kept, but still compressed when the client takes it, except a page that says
        // no-store over HTTPS: it carries a form token beside typed text (BREACH, see CompressionPolicy).
        var secret = request.IsHttps && ForbidsStoring(response.Headers.CacheControl);
        var body = capture.Memory;
        if (!secret && capture.Length > 0 && string.IsNullOrEmpty(response.Headers.ContentEncoding)
            && CachedResponse.IsCompressible(response.ContentType) && AcceptedEncoding.Parse(acceptEncoding).Gzip)
        {
            body = CachedResponse.GzipOf(capture.Body, System.IO.Compression.CompressionLevel.Fastest);
            response.Headers.ContentEncoding = "gzip";
            response.Headers.Vary = "Accept-Encoding";
        }

        response.ContentLength = body.Length;
        if (body.Length > 0 && !head)
        {
            await response.Body.WriteAsync(body);
        }
    }

    internal static async Task WriteAsync(HttpContext context, CachedResponse entry, int maxAge, string vary)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        headers.CacheControl = entry.BrowserCacheControl ?? $"public, max-age={maxAge}";
        headers.Vary = vary;
        headers.ETag = entry.ETag;
        if (entry.Status == StatusCodes.Status200OK && Matches(request.Headers.IfNoneMatch, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ContentType = StringValues.Empty;
            headers.ContentLength = null;
            return;
        }

        response.StatusCode = entry.Status;
        foreach (var (name, values) in entry.Headers)
        {
            headers[name] = values;
        }

        var stored = entry.For(AcceptedEncoding.Parse(request.Headers.AcceptEncoding));
        if (stored is null)
        {
            response.ContentLength = entry.Length;
            if (!HttpMethods.IsHead(request.Method))
            {
                await entry.WriteUnpackedAsync(response.Body, context.RequestAborted);
            }

            return;
        }

        var (body, encoding) = stored.Value;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body);
        }
    }

    private (string Bucket, TimeSpan ValidFor) Bucket(DateTimeOffset now, CacheLifetime lifetime)
    {
        if (lifetime == CacheLifetime.Minute)
        {
            var minute = now.ToUnixTimeSeconds() / 60;
            return ($"m{minute}", DateTimeOffset.FromUnixTimeSeconds((minute + 1) * 60) - now);
        }

        var local = TimeZoneInfo.ConvertTime(now, clock.Zone);
        var midnight = new DateTimeOffset(local.Date.AddDays(1), clock.Zone.GetUtcOffset(local.Date.AddDays(1)));
        return ($"d{local:yyyyMMdd}", midnight - now);
    }

    private static bool IsSignedIn(HttpRequest request)
    {
        foreach (var key in request.Cookies.Keys)
        {
            // Over HTTPS the cookies carry the __Host- prefix (see SecurityServiceCollectionExtensions).
            var name = key.StartsWith(Security.SecurityServiceCollectionExtensions.HostPrefix, StringComparison.Ordinal)
                ? key[Security.SecurityServiceCollectionExtensions.HostPrefix.Length..]
                : key;
            if (SignInCookiePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ForbidsStoring(StringValues cacheControl) =>
        cacheControl.Any(v => v is not null && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase)));

    private static void MarkPrivate(HttpResponse response)
    {
        response.Headers.CacheControl = PrivateCacheControl;
        response.Headers.ETag = StringValues.Empty;
        response.Headers.Expires = StringValues.Empty;
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        var opaque = etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
        foreach (var value in ifNoneMatch)
        {
            foreach (var tag in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (tag == "*" || (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) == opaque)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
