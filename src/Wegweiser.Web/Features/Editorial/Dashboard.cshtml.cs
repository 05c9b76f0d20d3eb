using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial;

/// <summary>
/// The review cycle at a glance for the commissioner and editors: overdue, due within 60 days
/// and current per type, entries without contact data, and "reviewed, still correct" in one click.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class DashboardModel(ReviewOverview overview, TaxonomyStore taxonomies, Entries.EntryWorkflow workflow, ContentStore store,
    IEnumerable<IModerationSource> moderation, SiteContext site) : PageModel
{
    /// <summary>What waits in the moderation queue, per kind.</summary>
    public IReadOnlyList<ModerationSummary> Waiting { get; private set; } = [];

    /// <summary>"vor 3 Tagen": how long the oldest of a kind has waited.</summary>
    public string Age(DateTime utc) => Humanizer.DateHumanizeExtensions.Humanize(utc, utcDate: true, dateToCompareAgainst: site.Now.UtcDateTime, culture: site.CultureInfo);

    public IReadOnlyList<ReviewOverview.Row> Rows { get; private set; } = [];

    public const int PageSize = 50;

    /// <summary>The entries that need attention on the page shown.</summary>
    public IReadOnlyList<ReviewOverview.Entry> Attention { get; private set; } = [];

    /// <summary>Which page of how many entries that need attention.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1, PageSize);

    public Pager Pager => new(Paging, page => page > 1 ? $"{AdminLinks.Dashboard}?{PageSlice.Param}={page}" : AdminLinks.Dashboard);

    /// <summary>Review status per topic, with the topic's German name.</summary>
    public IReadOnlyList<(string Name, ReviewOverview.TopicRow Row)> TopicRows { get; private set; } = [];

    public string? Confirmed { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "geprueft")] string? confirmed, CancellationToken ct)
    {
        (Rows, var attention) = await overview.BuildAsync(ct);
        Paging = PageSlice.Of(attention.Count, PageSlice.Requested(Request.Query), PageSize);
        Attention = Paging.Take(attention);
        var terms = await taxonomies.AllAsync(ct);
        TopicRows = overview.Topics.Select(r => (terms.TryGetValue((Core.Taxonomies.Taxonomy.Topic, r.Topic), out var term) ? term.NameIn(Core.Content.Cultures.Source) : r.Topic, r)).ToList();
        Confirmed = confirmed;
        var waiting = new List<ModerationSummary>();
        foreach (var source in moderation)
        {
            // A kind decided on a page of its own (claims) is for publishers and administrators only.
            var summary = await source.SummaryAsync(ct);
            if (summary.Url is null || EditorPermissions.CanPublish(User))
            {
                waiting.Add(summary);
            }
        }

        Waiting = waiting;
    }

    /// <summary>Records that an entry was checked and is still correct: today becomes its last review date.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string key, CancellationToken ct)
    {
        var item = await store.FindByKeyAsync(key, ct);
        if (item is null || !workflow.MarkReviewed(item, User).Done)
        {
            return NotFound();
        }

        await store.SaveAsync(ct);
        return Redirect($"{AdminLinks.Dashboard}?geprueft={Uri.EscapeDataString(key)}");
    }
}
