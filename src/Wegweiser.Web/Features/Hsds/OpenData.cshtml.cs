using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The public page <c>/{culture}/daten</c>: the downloads of the whole directory per language
/// (<see cref="HsdsDownloads"/>), their open licence (<see cref="OpenDataOptions"/>), the date of the data and the API.
/// </summary>
public sealed class OpenDataModel(HsdsExport export, SiteClock clock, IOptions<WegweiserOptions> site) : PageModel
{
    public const string Segment = "daten";

    public static string Link(string culture) => $"/{culture}/{Segment}";

    public IReadOnlyList<string> Cultures => site.Value.SiteCultures;

    /// <summary>The local day of the data's last change.</summary>
    public DateOnly DataDate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        DataDate = DateOnly.FromDateTime(clock.ToLocal(await export.DataDateAsync(ct)));
}
