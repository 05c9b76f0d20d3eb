using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// What a client over its limit gets: <c>429</c> with <c>Retry-After</c>; for <c>/api/</c> a JSON
/// problem in the language of its <c>kultur</c> parameter, for anything else an empty body that
/// the status code page (<c>/fehler/429</c>) fills in the language of the address.
/// </summary>
public static class RateLimitRejection
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>When each limit was last reported, so a flood of refusals is one log line a minute per limit.</summary>
    private static readonly long[] LastReported = new long[Enum.GetValues<RateLimitPolicy>().Length];

    public static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var response = context.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        var policy = RateLimitRules.PolicyOf(context.Request);
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref LastReported[(int)policy]);
        if ((last == 0 || now - last >= 60_000) && Interlocked.CompareExchange(ref LastReported[(int)policy], now, last) == last)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitRejection))
                .LogWarning("Rate limit {Policy} reached by a client (reported at most once a minute per limit)", policy);
        }

        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<WegweiserOptions>>().Value;
        var asked = context.Request.Query["kultur"].ToString();
        var culture = options.SiteCultures.Contains(asked) ? asked : options.SiteCultures[0];
        var t = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = SiteCultureInfo.Create(culture);
        try
        {
            var problem = new
            {
                type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                title = t["Error.TooMany.Title"].Value,
                status = StatusCodes.Status429TooManyRequests,
                detail = t["Error.TooMany.Api", seconds].Value,
                retryAfterSeconds = seconds,
            };
            response.ContentType = ProblemContentType + "; charset=utf-8";
            await response.WriteAsync(JsonSerializer.Serialize(problem), ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
