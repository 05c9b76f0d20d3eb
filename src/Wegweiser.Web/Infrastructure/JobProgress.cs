using Microsoft.AspNetCore.Mvc;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Where a background task started from a staff page stands (rebuilding the search index, sending
/// a review round): steps done of all, and whether it failed. <c>wwwroot/admin/progress.js</c>
/// polls <see cref="ToJson"/> to move the page's progress bar.
/// </summary>
public sealed record JobProgress(bool IsRunning, int Done, int Total, bool Failed = false)
{
    public static readonly JobProgress Idle = new(false, 0, 0);

    /// <summary>When the task ended, if it has.</summary>
    public DateTimeOffset? Finished { get; init; }

    public int Percent => Total == 0 ? (IsRunning ? 0 : 100) : (int)(100L * Done / Total);

    /// <summary>The progress for the page's script, never cached.</summary>
    public JsonResult ToJson(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        return new JsonResult(new { running = IsRunning, done = Done, total = Total, percent = Percent, failed = Failed });
    }
}
