using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

public sealed class ListModel(DirectoryQueries queries, SiteContext site, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t) : PageModel
{
    public DirectorySection Section { get; private set; } = DirectorySection.All[0];

    public IReadOnlyList<EntryCard> Entries { get; private set; } = [];

    public DirectoryFilter Filter { get; private set; } = new();

    public IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> Terms { get; private set; } =
        new Dictionary<(string, string), TaxonomyTerm>();

    /// <summary>Whether this list offers filters at all (glossary and pages do not).</summary>
    public bool HasFilters => Section.Type is not (ContentType.GlossaryTerm or ContentType.Page);

    public bool IsCourses => Section.Type == ContentType.Course;

    public bool HasOpeningHours => Section.Type is ContentType.Service or ContentType.Organisation or ContentType.Club;

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken ct)
    {
        if (DirectorySection.BySegment(section) is not { } found)
        {
            return NotFound();
        }

        Section = found;
        Terms = await queries.AllTermsAsync(ct);
        Filter = DirectoryFilter.Parse(Request.Query, Terms);
        Entries = await queries.ListAsync(Section, Filter, ct);
        return Page();
    }

    public IEnumerable<TaxonomyTerm> TermsOf(string taxonomy) =>
        Terms.Values.Where(t => t.Taxonomy == taxonomy).OrderBy(t => t.SortOrder);

    /// <summary>A readable label for an active filter, for "remove this filter" links.</summary>
    public string Describe(string param, string value) => FilterLabels.Describe(param, value, Terms, site.Culture, t);
}
