using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Analysis;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Features.PlainLanguage;

/// <summary>
/// The plain-language scores across the directory: how many entries fall into each band of the
/// 0–20 score (a chart with the same numbers as a table), and the entries below the minimum,
/// lowest first, with a link to edit them. Reads each entry's latest German text (archived
/// entries left out), as editors will work on it.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class OverviewModel(ContentStore store, PlainLanguageReview review) : PageModel
{
    public sealed record Row(string Key, ContentType Type, string Title, PlainLanguageReport Report);

    /// <summary>The number of entries per band of 2 points: 0–2, 2–4 … 18–20.</summary>
    public IReadOnlyList<(string Label, int Count)> Bands { get; private set; } = [];

    public IReadOnlyList<Row> Below { get; private set; } = [];

    public int Scored { get; private set; }

    public double Minimum => review.Options.MinimumScore;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var items = await store.WithVersionsAndTranslations().AsNoTracking().ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var item in items.Where(i => i.Versions.Count > 0 && i.Latest.State != WorkflowState.Archived))
        {
            var german = item.Latest.Translation(Cultures.Source);
            var report = await review.CheckEntryAsync(item.Type, german, ct);
            if (report.Score is not null)
            {
                rows.Add(new Row(item.Key, item.Type, german?.Title ?? item.Key, report));
            }
        }

        Scored = rows.Count;
        Bands = Enumerable.Range(0, 10)
            .Select(b => ($"{b * 2}–{b * 2 + 2}", rows.Count(r => Band(r.Report.Score!.Value) == b)))
            .ToList();
        Below = rows.Where(r => !r.Report.Reaches(Minimum)).OrderBy(r => r.Report.Score).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();
    }

    private static int Band(double score) => Math.Min(9, (int)Math.Floor(score / 2));
}
