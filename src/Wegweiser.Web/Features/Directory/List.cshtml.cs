using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

public sealed class ListModel(DirectoryQueries queries, SiteContext site) : PageModel
{
    public DirectorySection Section { get; private set; } = DirectorySection.All[0];

    public IReadOnlyList<EntryCard> Entries { get; private set; } = [];

    public string? TopicName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, [FromQuery(Name = "thema")] string? topic, CancellationToken ct)
    {
        if (DirectorySection.BySegment(section) is not { } found)
        {
            return NotFound();
        }

        Section = found;
        if (!string.IsNullOrEmpty(topic))
        {
            var term = (await queries.TermsAsync(Taxonomy.Topic, ct)).FirstOrDefault(t => t.Key == topic);
            if (term is null)
            {
                // An unknown topic is a stale or mistyped link: show everything rather than an error.
                topic = null;
            }
            else
            {
                TopicName = term.NameIn(site.Culture);
            }
        }
        else
        {
            topic = null;
        }

        Entries = await queries.ListAsync(Section, topic, ct);
        return Page();
    }
}
