using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// A field of action (<c>/de/themen/wohnen</c>) or an everyday need (<c>/de/alltag/wohnung</c>):
/// services, courses, clubs, volunteer help and events together, grouped by type. Each group shows
/// its first page and links to the whole group (<c>?typ=kurse</c>), which pages.
/// </summary>
public sealed class TopicModel(DirectoryQueries queries, SiteContext site) : PageModel
{
    /// <summary>Narrows a topic page to one type group, which then pages.</summary>
    public const string TypeParam = "typ";

    public const string TopicsSegment = "themen";
    public const string NeedsSegment = "alltag";

    public TaxonomyTerm Term { get; private set; } = null!;

    public string Param { get; private set; } = DirectoryFilter.TopicParam;

    /// <summary>The types with entries: the entries shown (a page's worth) and how many there are in all.</summary>
    public IReadOnlyList<(DirectorySection Section, IReadOnlyList<EntryCard> Entries, int Total)> Groups { get; private set; } = [];

    /// <summary>Which page of the one type chosen with <c>typ</c> (without it, every group shows its first page).</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1);

    /// <summary>The type chosen with <c>?typ=kurse</c>, or null for all types.</summary>
    public DirectorySection? OnlyType { get; private set; }

    public string Group { get; private set; } = TopicsSegment;

    public async Task<IActionResult> OnGetAsync(string group, string key, [FromQuery(Name = TypeParam)] string? type, CancellationToken ct)
    {
        Group = group;
        OnlyType = DirectorySection.BySegment(type) is { Info.IsOffer: true } only ? only : null;
        var taxonomy = group == NeedsSegment ? Taxonomy.Need : Taxonomy.Topic;
        Param = group == NeedsSegment ? DirectoryFilter.NeedParam : DirectoryFilter.TopicParam;
        var terms = await queries.AllTermsAsync(ct);
        if (!terms.TryGetValue((taxonomy, key), out var term))
        {
            return NotFound();
        }

        Term = term;
        var filter = DirectoryFilter.Parse(new QueryCollection(new Dictionary<string, StringValues> { [Param] = key }), terms);
        var groups = new List<(DirectorySection, IReadOnlyList<EntryCard>, int)>();
        foreach (var section in DirectorySection.Offers.Where(s => OnlyType is null || OnlyType == s))
        {
            var entries = await queries.MatchingAsync(section, filter, ct);
            var page = PageSlice.Of(entries.Count, OnlyType is null ? 1 : PageSlice.Requested(Request.Query));
            if (OnlyType is not null)
            {
                Paging = page;
            }

            if (entries.Count > 0)
            {
                groups.Add((section, await queries.CardsAsync(section, page.Take(entries), ct), entries.Count));
            }
        }

        Groups = groups;
        ViewData["Title"] = term.NameIn(site.Culture);
        return Page();
    }

    /// <summary>This topic or need with only one type, e.g. <c>/de/themen/wohnen?typ=kurse</c>.</summary>
    public string TypeUrl(DirectorySection section) => $"/{site.Culture}/{Group}/{Term.Key}?typ={section.Segment}";

    /// <summary>The pager of the one type chosen: the same address on another page.</summary>
    public Pager Pager => new(Paging, n => PageSlice.Link(Request, n));
}
