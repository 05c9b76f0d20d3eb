using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Translation;

/// <summary>
/// How far each culture is translated: counts per culture and type of the items' current texts
/// (the latest version), and the items whose translations are outdated, missing or machine-translated
/// and not yet checked.
/// </summary>
public sealed class TranslationOverview(ContentStore store)
{
    public sealed record Row(string Culture, ContentType Type, int UpToDate, int Outdated, int Missing, int Machine)
    {
        public int Total => UpToDate + Outdated + Missing + Machine;
    }

    public sealed record Item(string Key, ContentType Type, string Title, string Culture, TranslationStatus Status, int GermanVersion, int? TranslatedFrom);

    public async Task<(IReadOnlyList<Row> Rows, IReadOnlyList<Item> Work)> BuildAsync(IReadOnlyList<string> cultures, CancellationToken ct)
    {
        var items = await store.WithVersionsAndTranslations().AsNoTracking().ToListAsync(ct);
        var live = items.Where(i => i.Versions.Any(v => v.IsPublished || v.State != Core.Workflow.WorkflowState.Archived)).ToList();
        var rows = new List<Row>();
        var work = new List<Item>();
        foreach (var culture in cultures.Where(c => c != Cultures.Source))
        {
            foreach (var group in live.GroupBy(i => i.Type).OrderBy(g => g.Key))
            {
                var statuses = group.Select(i => (Item: i, Status: i.Latest.TranslationStatus(culture))).ToList();
                rows.Add(new Row(culture, group.Key,
                    statuses.Count(s => s.Status == TranslationStatus.UpToDate),
                    statuses.Count(s => s.Status == TranslationStatus.Outdated),
                    statuses.Count(s => s.Status == TranslationStatus.Missing),
                    statuses.Count(s => s.Status == TranslationStatus.MachineTranslated)));
                work.AddRange(statuses.Where(s => s.Status != TranslationStatus.UpToDate)
                    .Select(s => new Item(s.Item.Key, s.Item.Type, s.Item.Latest.Translation(Cultures.Source)?.Title ?? s.Item.Key, culture, s.Status,
                        s.Item.Latest.Translation(Cultures.Source)?.SourceVersion ?? 0, s.Item.Latest.Translation(culture)?.SourceVersion)));
            }
        }

        // Outdated first: a text that says something the German no longer says is worse than none;
        // then missing texts, then machine translations nobody has checked yet.
        return (rows, work.OrderBy(w => Urgency(w.Status)).ThenBy(w => w.Culture).ThenBy(w => w.Title).ToList());
    }

    private static int Urgency(TranslationStatus status) => status switch
    {
        TranslationStatus.Outdated => 0,
        TranslationStatus.Missing => 1,
        _ => 2,
    };
}
