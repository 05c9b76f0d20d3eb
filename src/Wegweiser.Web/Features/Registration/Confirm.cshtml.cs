using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// The link in the confirmation email. Opening it changes nothing (mail scanners open links); the
/// button confirms, once: then the entry is made and waits for the editors. Expired, used and
/// unknown links each get their own plain answer. Never cached.
/// </summary>
public sealed class ConfirmModel(RegistrationDesk desk) : PageModel
{
    public const string Segment = "bestaetigen";

    public RegistrationDesk.LinkState State { get; private set; }

    public string? Title { get; private set; }

    public bool Confirmed { get; private set; }

    public static string Link(string culture, string token) => $"/{culture}/{RegisterModel.Segment}/{Segment}/{token}";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var registration = await LoadAsync(token, ct);
        if (State == RegistrationDesk.LinkState.Open)
        {
            Confirmed = await desk.ConfirmAsync(registration!, ct);
            State = Confirmed ? RegistrationDesk.LinkState.Open : RegistrationDesk.LinkState.Used;
        }

        return Answer();
    }

    private async Task<Data.Registrations.Registration?> LoadAsync(string token, CancellationToken ct)
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        Response.Headers.CacheControl = PublicResponseCacheMiddleware.PrivateCacheControl;
        var (registration, state) = await desk.FindAsync(token, ct);
        State = state;
        Title = state == RegistrationDesk.LinkState.Open ? registration!.Title : null;
        return registration;
    }

    private IActionResult Answer()
    {
        Response.StatusCode = State switch
        {
            RegistrationDesk.LinkState.Unknown => StatusCodes.Status404NotFound,
            RegistrationDesk.LinkState.Expired or RegistrationDesk.LinkState.Used => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
