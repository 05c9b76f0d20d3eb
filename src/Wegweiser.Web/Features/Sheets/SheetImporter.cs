using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Takes a spreadsheet back: checks everything first (header, keys, stamps, every cell with the
/// editor form's rules through <see cref="EntryEditing"/>), then writes all changed entries at once
/// or nothing. A changed entry gets its changes in its editable version (a published one a new
/// draft, through <see cref="EntryWorkflow.BeginEditAsync"/>), audited as <c>entry.imported</c>;
/// publishers may publish at once. Unchanged rows do nothing.
/// </summary>
public sealed class SheetImporter(
    WegweiserDbContext db, ContentStore store, EntryEditing editing, EntryWorkflow workflow, AuditTrail audit,
    TimeProvider time, IOptions<WegweiserOptions> options, IStringLocalizer<SharedResource> t)
{
    /// <summary>What would change; writes nothing.</summary>
    public async Task<SheetPlan> CheckAsync(SheetTable table, ClaimsPrincipal user, CancellationToken ct)
    {
        var (type, rows, unchanged, problems) = await AnalyseAsync(table, user, ct);
        return Plan(type, problems.Count > 0 ? [] : rows, unchanged, problems);
    }

    /// <summary>Checks again and, when nothing is wrong, writes every change in one save; the plan says what was done.</summary>
    public async Task<SheetPlan> ApplyAsync(SheetTable table, ClaimsPrincipal user, bool publish, CancellationToken ct)
    {
        var (type, rows, unchanged, problems) = await AnalyseAsync(table, user, ct);
        if (problems.Count > 0)
        {
            return Plan(type, [], unchanged, problems);
        }

        var done = Plan(type, rows, unchanged, []);
        var now = time.GetUtcNow().UtcDateTime;
        var name = user.Identity?.Name;
        var format = table.Format == SheetFormat.Xlsx ? "xlsx" : "csv";
        foreach (var row in rows)
        {
            var before = VersionFields.Of(row.Item.Latest);
            var version = await workflow.BeginEditAsync(row.Item, name, ct);
            row.ApplyTo(version);
            var changes = VersionFields.Diff(before, VersionFields.Of(version));
            audit.Record(AuditActions.EntryImported, name, now, new AuditDetails { Changes = [.. changes], Format = format }, row.Item.Id, version.Number);
            if (publish && EditorPermissions.CanPublish(user))
            {
                workflow.Publish(row.Item, user, version.Number, VersionStamp.Of(version));
            }
        }

        await db.SaveChangesAsync(ct);
        return done;
    }

    private static SheetPlan Plan(ContentType? type, IReadOnlyList<PlannedRow> rows, int unchanged, IReadOnlyList<SheetProblem> problems) =>
        new(type, [.. rows.Select(r => new SheetEntryChange(
                r.Item.Key, r.Item.Latest.Translation(Cultures.Source)?.Title ?? r.Item.Key, r.Item.Latest.Number,
                r.Item.Latest.IsPublished || r.Item.Latest.State == WorkflowState.Archived, r.Changes))],
            unchanged, problems);

    private async Task<(ContentType? Type, List<PlannedRow> Rows, int Unchanged, List<SheetProblem> Problems)> AnalyseAsync(
        SheetTable table, ClaimsPrincipal user, CancellationToken ct)
    {
        var problems = new List<SheetProblem>();
        if (table.Header.Count < 3 || table.Header[0].Trim() != SheetColumns.Key || table.Header[1].Trim() != SheetColumns.Version || table.Header[2].Trim() != SheetColumns.Stamp)
        {
            problems.Add(new SheetProblem(1, "A", t["Sheets.Error.HeaderStart", $"{SheetColumns.Key}, {SheetColumns.Version}, {SheetColumns.Stamp}"]));
            return (null, [], 0, problems);
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new SheetProblem(null, null, t["Sheets.Error.NoRows"]));
            return (null, [], 0, problems);
        }

        var keys = table.Rows.Select(r => SheetCells.In(r.Cell(0))).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var items = (await store.WithVersionsAndTranslations().Where(i => keys.Contains(i.Key)).ToListAsync(ct))
            .Where(i => i.Versions.Count > 0).ToDictionary(i => i.Key, StringComparer.Ordinal);
        var type = items.Values.GroupBy(i => i.Type).OrderByDescending(g => g.Count()).Select(g => (ContentType?)g.Key).FirstOrDefault();
        if (type is { } known)
        {
            problems.AddRange(SheetHeader.Check(table.Header, known, options.Value.SiteCultures, t));
        }

        if (problems.Count > 0)
        {
            return (type, [], 0, problems);
        }

        var check = new SheetRowCheck(table, type, items, SheetHeader.Cultures(table.Header, options.Value.SiteCultures), user, editing, db, t);
        var rows = await check.RunAsync(problems, ct);
        return (type, rows, table.Rows.Count - rows.Count, problems);
    }
}
