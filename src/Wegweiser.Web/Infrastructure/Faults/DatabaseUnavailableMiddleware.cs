using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure.Security;

namespace Wegweiser.Web.Infrastructure.Faults;

/// <summary>
/// While the database is away, a request that needs it gets <c>503</c> with <c>Retry-After</c>
/// instead of a 500: for <c>/api/</c> a JSON problem in the language of its <c>kultur</c>
/// parameter, for anything else an empty body that the status code page (<c>/fehler/503</c>)
/// fills in the language of the address. Nothing is kept between requests, so the site recovers
/// by itself as soon as the database answers again.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const int RetryAfterSeconds = 30;

    /// <summary>When the outage was last reported, so a flood of refusals is one log line every ten seconds.</summary>
    private static long _lastReported;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            Report(e);
            await RespondAsync(context);
        }
    }

    private void Report(Exception e)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastReported);
        if ((last == 0 || now - last >= 10_000) && Interlocked.CompareExchange(ref _lastReported, now, last) == last)
        {
            logger.LogError(e, "The database is not available; answering 503 (reported at most every ten seconds)");
        }
    }

    private static async Task RespondAsync(HttpContext context)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
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
                type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
                title = t["Error.Unavailable.Title"].Value,
                status = StatusCodes.Status503ServiceUnavailable,
                detail = t["Error.Unavailable.Api", RetryAfterSeconds].Value,
                retryAfterSeconds = RetryAfterSeconds,
            };
            response.ContentType = RateLimitRejection.ProblemContentType + "; charset=utf-8";
            await response.WriteAsync(JsonSerializer.Serialize(problem), context.RequestAborted);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
