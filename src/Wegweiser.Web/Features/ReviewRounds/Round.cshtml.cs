using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// <c>/admin/pruefrunden/{id}</c>: one round's progress (confirmed, changed, no answer, bounced),
/// its requests, and the button that sends the emails, with a progress bar.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher}")]
public sealed class RoundModel(WegweiserDbContext db, ReviewRoundSender sender) : PageModel
{
    public ReviewRound Round { get; private set; } = null!;

    public RoundProgress Progress { get; private set; } = null!;

    public JobProgress? Sending { get; private set; }

    public IReadOnlyList<string> WithoutAddress { get; private set; } = [];

    public bool AlreadySending { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "laeuft")] bool alreadySending, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } notFound)
        {
            return notFound;
        }

        AlreadySending = alreadySending;
        WithoutAddress = (TempData["WithoutAddress"] as string)?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(long id, CancellationToken ct)
    {
        if (!await db.ReviewRounds.AnyAsync(r => r.Id == id, ct))
        {
            return NotFound();
        }

        var started = sender.TryStart(id, PublicUrl.BaseOf(HttpContext));
        return Redirect(AdminLinks.ReviewRound(id) + (started ? "" : "?laeuft=true"));
    }

    /// <summary>The sending progress as JSON for the page's script.</summary>
    public IActionResult OnGetStatus(long id) => (sender.ProgressOf(id) ?? JobProgress.Idle).ToJson(Response);

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        var round = await db.ReviewRounds.AsNoTracking().Include(r => r.Requests.OrderBy(q => q.Email)).ThenInclude(r => r.Entries)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null)
        {
            return NotFound();
        }

        Round = round;
        Progress = RoundProgress.Of(round);
        Sending = sender.ProgressOf(id);
        return null;
    }
}
