using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// A field of action (<c>/de/themen/wohnen</c>) or an everyday need (<c>/de/alltag/wohnung</c>):
/// services, courses, clubs, volunteer help and events together, grouped by type.
/// </summary>
public sealed class TopicModel(DirectoryQueries queries, SiteContext site) : PageModel
{
    public const string TopicsSegment = "themen";
    public const string NeedsSegment = "alltag";

    private static readonly ContentType[] Types =
        [ContentType.Service, ContentType.Course, ContentType.Club, ContentType.VolunteerInitiative, ContentType.Event];

    public TaxonomyTerm Term { get; private set; } = null!;

    public string Param { get; private set; } = DirectoryFilter.TopicParam;

    public IReadOnlyList<(DirectorySection Section, IReadOnlyList<EntryCard> Entries)> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string group, string key, CancellationToken ct)
    {
        var taxonomy = group == NeedsSegment ? Taxonomy.Need : Taxonomy.Topic;
        Param = group == NeedsSegment ? DirectoryFilter.NeedParam : DirectoryFilter.TopicParam;
        var terms = await queries.AllTermsAsync(ct);
        if (!terms.TryGetValue((taxonomy, key), out var term))
        {
            return NotFound();
        }

        Term = term;
        var filter = DirectoryFilter.Parse(new QueryCollection(new Dictionary<string, StringValues> { [Param] = key }), terms);
        var groups = new List<(DirectorySection, IReadOnlyList<EntryCard>)>();
        foreach (var type in Types)
        {
            var section = DirectorySection.For(type);
            var entries = await queries.ListAsync(section, filter, ct);
            if (entries.Count > 0)
            {
                groups.Add((section, entries));
            }
        }

        Groups = groups;
        ViewData["Title"] = term.NameIn(site.Culture);
        return Page();
    }
}
