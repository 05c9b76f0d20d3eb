using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial;

/// <summary>
/// The queue of visitors' reports of mistakes ("Fehler melden"): editors accept or reject each one. Accepting opens a draft
/// of the entry (the next version; the published one stays live) and leads to its edit form, where
/// the report is shown above the fields.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class MistakeReportsModel(WegweiserDbContext db, ContentStore store, AuditTrail audit, TimeProvider time) : PageModel
{
    public sealed record Row(long Id, string Title, string Key, string Message, string? Reach, DateTime CreatedUtc);

    public const int PageSize = 50;

    /// <summary>The open reports on the page shown, oldest first.</summary>
    public IReadOnlyList<Row> Open { get; private set; } = [];

    /// <summary>Which page of how many open reports.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1, PageSize);

    public Pager Pager => new(Paging, page => PageSlice.Link(Request, page));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var queue = db.MistakeReports.AsNoTracking().Where(s => s.State == MistakeReportState.Open);
        Paging = PageSlice.Of(await queue.CountAsync(ct), PageSlice.Requested(Request.Query), PageSize);
        var open = await queue.OrderBy(s => s.CreatedUtc).ThenBy(s => s.Id).Skip(Paging.Skip).Take(Paging.Size).ToListAsync(ct);
        var ids = open.Select(s => s.ItemId).Distinct().ToList();
        var items = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        Open = open.Select(s =>
        {
            var item = items.FirstOrDefault(i => i.Id == s.ItemId);
            return new Row(s.Id, item?.Latest.Translation(Cultures.Source)?.Title ?? "–", item?.Key ?? "", s.Message, s.Reach, s.CreatedUtc);
        }).ToList();
    }

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) => DecideAsync(id, MistakeReportState.Accepted, ct);

    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) => DecideAsync(id, MistakeReportState.Rejected, ct);

    private async Task<IActionResult> DecideAsync(long id, MistakeReportState state, CancellationToken ct)
    {
        var report = await db.MistakeReports.FirstOrDefaultAsync(s => s.Id == id && s.State == MistakeReportState.Open, ct);
        if (report is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        report.State = state;
        report.DecidedUtc = now;
        report.DecidedBy = User.Identity?.Name;
        var item = state == MistakeReportState.Accepted
            ? await store.FindByIdAsync(report.ItemId, ct)
            : null;
        var draft = item?.EditableVersion(now, User.Identity?.Name);
        audit.Record(AuditActions.Decided(state), User.Identity?.Name, now, itemId: report.ItemId, version: draft?.Number);
        await db.SaveChangesAsync(ct);
        return Redirect(item is null ? AdminLinks.MistakeReports : $"{AdminLinks.Entry(item.Key)}?vorschlag={report.Id}");
    }
}
