using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

public sealed class ListModel(DirectoryQueries queries, SiteContext site, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t) : PageModel
{
    public DirectorySection Section { get; private set; } = DirectorySection.All[0];

    /// <summary>The entries on the page shown, sorted as the whole list.</summary>
    public IReadOnlyList<EntryCard> Entries { get; private set; } = [];

    /// <summary>Which page of how many entries in all.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1);

    public DirectoryFilter Filter { get; private set; } = new();

    public IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> Terms { get; private set; } =
        new Dictionary<(string, string), TaxonomyTerm>();

    /// <summary>Whether this list offers filters at all (glossary and pages do not).</summary>
    public bool HasFilters => Section.Info.HasFilters;

    public bool IsCourses => Section.Type == ContentType.Course;

    public bool HasOpeningHours => Section.Info.HasOpeningHours;

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken ct)
    {
        if (DirectorySection.BySegment(section) is not { } found)
        {
            return NotFound();
        }

        Section = found;
        Terms = await queries.AllTermsAsync(ct);
        Filter = DirectoryFilter.Parse(Request.Query, Terms);
        var all = await queries.MatchingAsync(Section, Filter, ct);
        Paging = PageSlice.Of(all.Count, PageSlice.Requested(Request.Query));
        Entries = await queries.CardsAsync(Section, Paging.Take(all), ct);
        return Page();
    }

    /// <summary>The pager: this list with its filters on another page.</summary>
    public Pager Pager => new(Paging, n => PageSlice.Link(Request, n));

    public IEnumerable<TaxonomyTerm> TermsOf(string taxonomy) =>
        Terms.Values.Where(t => t.Taxonomy == taxonomy).OrderBy(t => t.SortOrder);

    /// <summary>A readable label for an active filter, for "remove this filter" links.</summary>
    public string Describe(string param, string value) => FilterLabels.Describe(param, value, Terms, site.Culture, t);
}
