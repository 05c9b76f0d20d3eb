using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Wegweiser.Search.Indexing;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// <c>/admin/suchindex</c>: the documents in each language's index and a button that rebuilds them
/// all from the database, with a progress bar (a small script updates it; without script, a link
/// reloads the page). Search keeps working during the rebuild.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class ReindexModel(ReindexJob job, SearchIndexes indexes, IOptions<WegweiserOptions> options) : PageModel
{
    public IReadOnlyList<(string Culture, int Documents)> Counts { get; private set; } = [];

    public JobProgress Status { get; private set; } = JobProgress.Idle;

    /// <summary>True after a click while a rebuild was already running.</summary>
    public bool AlreadyRunning { get; private set; }

    public void OnGet([FromQuery(Name = "laeuft")] bool alreadyRunning = false)
    {
        Status = job.Status;
        AlreadyRunning = alreadyRunning;
        Counts = options.Value.SiteCultures.Select(c => (c, indexes.For(c).DocumentCount)).ToList();
    }

    public IActionResult OnPost()
    {
        var started = job.TryStart(User.Identity?.Name ?? "?");
        return RedirectToPage(started ? null : new { laeuft = true });
    }

    /// <summary>The progress as JSON for the page's script.</summary>
    public IActionResult OnGetStatus() => job.Status.ToJson(Response);
}
