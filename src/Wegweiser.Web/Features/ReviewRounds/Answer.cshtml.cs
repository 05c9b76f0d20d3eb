using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// <c>/rueckmeldung/{token}</c>: a provider's entries from a review round, without an account.
/// For each entry: "Stimmt noch", or change the fields and send. Works only for that request's
/// entries, only until the round expires, and once per entry.
/// </summary>
public sealed class AnswerModel(WegweiserDbContext db, ContentStore store, ReviewLinks links, ReviewAnswers answers, TimeProvider time) : PageModel
{
    public enum LinkState { Valid, Invalid, Expired }

    public LinkState State { get; private set; }

    public ReviewRequest? Asked { get; private set; }

    public IReadOnlyList<(ReviewRequestEntry Entry, ContentItem? Item)> Entries { get; private set; } = [];

    /// <summary>The entry whose change form failed validation, with what was typed.</summary>
    public string? FailedKey { get; private set; }

    [BindProperty]
    public ProviderAnswer Input { get; set; } = new();

    /// <summary>The resource key of the notice after an answer (kept as a key, so the page words it in its own language).</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return State == LinkState.Valid ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string token, string key, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        if (State != LinkState.Valid)
        {
            return Refused();
        }

        return After(await answers.ConfirmAsync(Asked!, key, ct), token, "ReviewAnswer.Saved.Confirmed");
    }

    public async Task<IActionResult> OnPostChangeAsync(string token, string key, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        if (State != LinkState.Valid)
        {
            return Refused();
        }

        if (!ModelState.IsValid)
        {
            FailedKey = key;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return After(await answers.ChangeAsync(Asked!, key, Input, ct), token, "ReviewAnswer.Saved.Changed");
    }

    private IActionResult After(ReviewAnswers.Outcome outcome, string token, string success)
    {
        Message = outcome switch
        {
            ReviewAnswers.Outcome.Saved => success,
            ReviewAnswers.Outcome.AlreadyAnswered => "ReviewAnswer.AlreadyAnswered",
            ReviewAnswers.Outcome.NotInRequest => "ReviewAnswer.NotInRequest",
            _ => "ReviewAnswer.Gone",
        };
        return Redirect($"/{ReviewLinks.Segment}/{token}");
    }

    private IActionResult Refused()
    {
        Response.StatusCode = State == LinkState.Expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task LoadAsync(string token, CancellationToken ct)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        var id = links.RequestIdOf(token);
        Asked = id is null ? null : await db.ReviewRequests.Include(r => r.Round).Include(r => r.Entries).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (Asked is null || Asked.SentUtc is null)
        {
            State = LinkState.Invalid;
            return;
        }

        if (Asked.Round!.ExpiresUtc <= time.GetUtcNow().UtcDateTime)
        {
            State = LinkState.Expired;
            return;
        }

        State = LinkState.Valid;
        var keys = Asked.Entries.Select(e => e.ItemKey).ToList();
        var items = await store.WithPublishedVersion().Where(i => keys.Contains(i.Key)).ToDictionaryAsync(i => i.Key, ct);
        Entries = Asked.Entries.OrderBy(e => e.ItemKey, StringComparer.Ordinal)
            .Select(e => (e, items.GetValueOrDefault(e.ItemKey))).ToList();
    }
}
