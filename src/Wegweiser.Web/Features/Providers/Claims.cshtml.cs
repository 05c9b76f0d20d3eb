using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// <c>/admin/ansprueche</c>: claims that wait for a publisher (entries without an address or
/// organisation, or confirmed claims an account could not be given for), and those whose link is
/// still out (or has expired: "Link abgelaufen", listed last and not counted as waiting). Approve
/// gives the claimant access; reject needs a reason, which is mailed.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher}")]
public sealed class ClaimsModel(WegweiserDbContext db, ContentStore store, EntryClaims claims, TimeProvider time) : PageModel
{
    public const string Path = AdminLinks.Claims;

    public sealed record Row(EntryClaim Claim, string Title, string? EntryKey, string? Organisation, bool Expired)
    {
        /// <summary>The resource key of the claim's state as staff read it.</summary>
        public string StateKey => Expired ? "Claims.State.Expired" : $"Claims.State.{Claim.State}";
    }

    /// <summary>Whether a claim's email link has run out before anyone answered it: it no longer waits for anything.</summary>
    public static bool IsExpired(EntryClaim claim, DateTime nowUtc) =>
        claim.State == EntryClaimState.AwaitingConfirmation && claim.TokenExpiresUtc is { } expires && expires <= nowUtc;

    /// <summary>How many claims on the page still wait (staff's decision, or an email link not yet expired).</summary>
    public int WaitingCount => Rows.Count(r => !r.Expired);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    /// <summary>How many claims wait for staff (the dashboard's count).</summary>
    public static Task<int> WaitingCountAsync(WegweiserDbContext db, CancellationToken ct) =>
        db.EntryClaims.CountAsync(c => c.State == EntryClaimState.AwaitingStaff, ct);

    public async Task OnGetAsync([FromQuery(Name = "ok")] string? notice, CancellationToken ct)
    {
        Notice = notice is "angenommen" or "abgelehnt" ? $"Claims.Notice.{notice}" : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) =>
        await AfterAsync(await claims.ApproveAsync(id, User.Identity?.Name ?? "?", PublicUrl.BaseOf(HttpContext), ct), ct);

    public async Task<IActionResult> OnPostRejectAsync(long id, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > EntryClaimLimits.Reason)
        {
            return await FailAsync("Claims.Error.Reason", ct);
        }

        return await AfterAsync(await claims.RejectAsync(id, User.Identity?.Name ?? "?", reason, ct), ct);
    }

    private async Task<IActionResult> AfterAsync(EntryClaims.Decision decision, CancellationToken ct) => decision switch
    {
        EntryClaims.Decision.Approved => Redirect($"{Path}?ok=angenommen"),
        EntryClaims.Decision.Rejected => Redirect($"{Path}?ok=abgelehnt"),
        EntryClaims.Decision.Invalid => NotFound(),
        _ => await FailAsync($"Claims.Error.{decision}", ct),
    };

    private async Task<IActionResult> FailAsync(string key, CancellationToken ct)
    {
        Error = key;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var waiting = await db.EntryClaims.AsNoTracking()
            .Where(c => c.State == EntryClaimState.AwaitingStaff || c.State == EntryClaimState.AwaitingConfirmation)
            .OrderBy(c => c.State).ThenBy(c => c.CreatedUtc).Take(200).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<Row>();
        foreach (var claim in waiting)
        {
            var item = await store.FindByIdAsync(claim.ItemId, ct);
            var target = await ClaimTarget.OfAsync(store, claim.ItemId, ct);
            rows.Add(new Row(claim, target?.Title ?? "–", item?.Key, target?.OrganisationTitle, IsExpired(claim, now)));
        }

        Rows = rows.OrderBy(r => r.Expired).ToList(); // stable: the waiting ones keep their order

    }
}
