using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Errors;

/// <summary>
/// The friendly page for 404, 429 (a rate limit), 503 (the database away) and other errors; status code pages re-execute to
/// it, for a refused form post with POST. Its language comes from the address the visitor asked
/// for (see the culture providers in Program.cs).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(SiteContext site) : PageModel
{
    public int Code { get; private set; }

    /// <summary>For 429: the local time ("14:32") from which the visitor may try again.</summary>
    public string? RetryFrom { get; private set; }

    /// <summary>For 429 after a form post: what was typed was not sent.</summary>
    public bool WasPost { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status429TooManyRequests)
        {
            var seconds = int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 60;
            var from = TimeZoneInfo.ConvertTime(site.Now.AddSeconds(seconds + 59), site.TimeZone);
            RetryFrom = from.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A refused form post (rate limit) is re-executed as a POST; the page says the same.</summary>
    public void OnPost(int code)
    {
        WasPost = true;
        OnGet(code);
    }
}
