using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.TakeAlong;

/// <summary>
/// A small printable card for a volunteer who goes along with someone: where to go, whom to call,
/// when it is open, and a QR code back to the entry. Public data only, whoever is signed in.
/// </summary>
public sealed class CardModel(DirectoryQueries queries, SiteContext site) : PageModel
{
    public EntryDetail? Detail { get; private set; }

    public TakeAlongLinks? Links { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken ct)
    {
        Detail = await TakeAlongRules.FindAsync(queries, section, slug, ct);
        if (Detail is null || !TakeAlongRules.OffersTakeAlong(Detail))
        {
            return NotFound();
        }

        Links = TakeAlongLinks.For(Detail, site.Culture);
        return Page();
    }
}
