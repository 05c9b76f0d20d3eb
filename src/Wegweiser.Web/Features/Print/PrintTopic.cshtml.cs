using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Print;

/// <summary>The print view of a topic or an everyday need: every type's entries (or only <c>?typ=</c>), grouped by type.</summary>
public sealed class PrintTopicModel(DirectoryQueries queries, PrintEntries entries, SiteContext site) : PageModel
{
    public PrintView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string group, string key, [FromQuery(Name = TopicModel.TypeParam)] string? type, CancellationToken ct)
    {
        var only = DirectorySection.BySegment(type) is { Info.IsOffer: true } one ? one : null;
        var isNeed = group == TopicModel.NeedsSegment;
        var terms = await queries.AllTermsAsync(ct);
        if (!terms.TryGetValue((isNeed ? Taxonomy.Need : Taxonomy.Topic, key), out var term))
        {
            return NotFound();
        }

        var param = isNeed ? DirectoryFilter.NeedParam : DirectoryFilter.TopicParam;
        var filter = DirectoryFilter.Parse(new QueryCollection(new Dictionary<string, StringValues> { [param] = key }), terms);
        var groups = new List<PrintGroup>();
        var room = PrintEntries.Cap;
        foreach (var section in DirectorySection.Offers.Where(s => only is null || only == s))
        {
            var printed = await entries.GroupAsync(section, filter, room, ct);
            room -= printed.Entries.Count;
            if (printed.Total > 0)
            {
                groups.Add(printed);
            }
        }

        var culture = site.Culture;
        var back = $"/{culture}/{group}/{Uri.EscapeDataString(key)}" + (only is null ? "" : $"?{TopicModel.TypeParam}={only.Segment}");
        View = new PrintView(term.NameIn(culture), groups, GroupHeadings: true, [], SomeFiltersIgnored: false, back);
        return Page();
    }
}
