using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial;

/// <summary>
/// The review cycle at a glance for the commissioner and editors: overdue, due within 60 days
/// and current per type, entries without contact data, and "reviewed, still correct" in one click.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class DashboardModel(ReviewOverview overview, Wegweiser.Data.Stores.TaxonomyStore taxonomies, Entries.EntryWorkflow workflow, WegweiserDbContext db) : PageModel
{
    public IReadOnlyList<ReviewOverview.Row> Rows { get; private set; } = [];

    public IReadOnlyList<ReviewOverview.Entry> Attention { get; private set; } = [];

    /// <summary>Review status per topic, with the topic's German name.</summary>
    public IReadOnlyList<(string Name, ReviewOverview.TopicRow Row)> TopicRows { get; private set; } = [];

    public string? Confirmed { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "geprueft")] string? confirmed, CancellationToken ct)
    {
        (Rows, Attention) = await overview.BuildAsync(ct);
        var terms = await taxonomies.AllAsync(ct);
        TopicRows = overview.Topics.Select(r => (terms.TryGetValue((Core.Taxonomies.Taxonomy.Topic, r.Topic), out var term) ? term.NameIn(Core.Content.Cultures.Source) : r.Topic, r)).ToList();
        Confirmed = confirmed;
    }

    /// <summary>Records that an entry was checked and is still correct: today becomes its last review date.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string key, CancellationToken ct)
    {
        var item = await db.ContentItems.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Key == key, ct);
        if (item is null || !workflow.MarkReviewed(item, User).Done)
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/admin?geprueft={Uri.EscapeDataString(key)}");
    }
}
