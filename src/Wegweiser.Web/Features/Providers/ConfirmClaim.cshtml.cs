using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Data;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// <c>/anspruch/{token}</c>: the page behind the link that went to the entry's own address. It
/// shows who asks for access and decides only on a button (mail scanners that open links change
/// nothing). The link works for <see cref="ClaimTokens.Lifetime"/> and once.
/// </summary>
public sealed class ConfirmClaimModel(EntryClaims claims, ContentStore store) : PageModel
{
    public const string Segment = "anspruch";

    public static string PathFor(string token) => $"/{Segment}/{token}";

    public EntryClaims.Decision State { get; private set; }

    public EntryClaim? Claim { get; private set; }

    public string? Title { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Prepare();
        (Claim, State) = await claims.FindAsync(token, ct);
        if (Claim is null || State != EntryClaims.Decision.WaitsForStaff)
        {
            Claim = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Title = (await ClaimTarget.OfAsync(store, Claim.ItemId, ct))?.Title;
        State = EntryClaims.Decision.NotPossible; // not decided yet: the page shows the question
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string token, CancellationToken ct)
    {
        Prepare();
        State = await claims.ConfirmAsync(token, PublicUrl.BaseOf(HttpContext), ct);
        return Answer();
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, CancellationToken ct)
    {
        Prepare();
        State = await claims.DeclineAsync(token, ct);
        return Answer();
    }

    private IActionResult Answer()
    {
        if (State is EntryClaims.Decision.Invalid or EntryClaims.Decision.Expired)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>The token is in the address: it must not leave through the referrer, and the page is never cached.</summary>
    private void Prepare()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
    }
}
