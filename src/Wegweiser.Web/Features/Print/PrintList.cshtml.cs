using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Print;

/// <summary>The print view of a list with its filters: all entries on one page.</summary>
public sealed class PrintListModel(DirectoryQueries queries, PrintEntries entries, SiteContext site, IStringLocalizer<SharedResource> t) : PageModel
{
    public PrintView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken ct)
    {
        if (DirectorySection.BySegment(section) is not { } found || !PrintLinks.Offers(found))
        {
            return NotFound();
        }

        var terms = await queries.AllTermsAsync(ct);
        var filter = DirectoryFilter.Parse(Request.Query, terms);
        var group = await entries.GroupAsync(found, filter, PrintEntries.Cap, ct);
        var culture = site.Culture;
        View = new PrintView(
            t[found.PluralKey],
            [group],
            GroupHeadings: false,
            filter.Values.Select(v => FilterLabels.Describe(v.Key, v.Value, terms, culture, t)).ToList(),
            filter.Ignored.Count > 0,
            found.ListUrl(culture) + filter.QueryWithout(null));
        return Page();
    }
}
