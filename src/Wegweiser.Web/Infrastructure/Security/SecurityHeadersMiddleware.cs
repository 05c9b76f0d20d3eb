using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// Adds the security headers to every response, whatever answers it (a page, an API, a static
/// file, the public response cache's hits and 304s, error pages): a strict Content-Security-Policy,
/// <c>X-Content-Type-Options</c>, <c>Referrer-Policy</c> (<c>no-referrer</c> where the address
/// carries a token), <c>Permissions-Policy</c> and, over HTTPS outside Development, HSTS. It sits
/// outside the response cache and sets the headers when the response starts, so replayed and
/// re-executed responses get them too; a header an endpoint set itself is kept.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    /// <summary>No inline script or style anywhere; JSON-LD data blocks are not executed and need no exception.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    public const string DefaultReferrerPolicy = "strict-origin-when-cross-origin";

    public const string TokenReferrerPolicy = "no-referrer";

    /// <summary>One year; no <c>includeSubDomains</c>: other hosts of the county are not ours to pin.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>Addresses that carry a bearer token (review-round links, password-reset links): never sent on as a referrer.</summary>
    public static readonly IReadOnlyList<string> TokenPathPrefixes = ["/rueckmeldung/", "/konto/passwort-neu"];

    private readonly RequestDelegate _next;
    private readonly ILogger<SecurityHeadersMiddleware> _logger;
    private readonly bool _hsts;
    private readonly bool _publicHttps;
    private int _plainHttpReported;
    private readonly Func<object, Task> _applyDefault;
    private readonly Func<object, Task> _applyNoReferrer;

    public SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment, IOptions<WegweiserOptions> options, ILogger<SecurityHeadersMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        _logger = logger;
        _hsts = !environment.IsDevelopment();
        _publicHttps = PublicUrl.IsHttps(options.Value.PublicBaseUrl);
        _applyDefault = state => Apply((HttpContext)state, DefaultReferrerPolicy);
        _applyNoReferrer = state => Apply((HttpContext)state, TokenReferrerPolicy);
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (_publicHttps && !context.Request.IsHttps && Interlocked.Exchange(ref _plainHttpReported, 1) == 0)
        {
            // Secure cookies cannot work then (form pages fail): the proxy's X-Forwarded-Proto is not believed.
            _logger.LogWarning(
                "The public address is https, but a request arrived over plain http. Behind a TLS proxy, set Wegweiser:ReverseProxy:KnownProxies or KnownNetworks to the proxy's address and let it send X-Forwarded-Proto.");
        }

        // Decided on the address as asked, before an error page re-executes under another path.
        context.Response.OnStarting(CarriesToken(context.Request.Path) ? _applyNoReferrer : _applyDefault, context);
        return _next(context);
    }

    public static bool CarriesToken(PathString path) =>
        path.Value is { } value && TokenPathPrefixes.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private Task Apply(HttpContext context, string referrerPolicy)
    {
        var headers = context.Response.Headers;
        SetIfMissing(headers, "Content-Security-Policy", ContentSecurityPolicy);
        headers.XContentTypeOptions = "nosniff";
        SetIfMissing(headers, "Referrer-Policy", referrerPolicy);
        SetIfMissing(headers, "Permissions-Policy", PermissionsPolicy);
        if (_hsts && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        return Task.CompletedTask;
    }

    private static void SetIfMissing(IHeaderDictionary headers, string name, string value)
    {
        if (StringValues.IsNullOrEmpty(headers[name]))
        {
            headers[name] = value;
        }
    }
}
