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
/// <c>/admin/kontaktanfragen</c>: visitors' open requests to be put in touch with a volunteer
/// initiative, beside the initiative's internal contact, oldest first. Staff pass each one on
/// (by phone or email, outside the site) and mark it; the mark is audited, and the retention job
/// deletes the request some days later.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class ContactRequestsModel(WegweiserDbContext db, ContentStore store, AuditTrail audit, TimeProvider time) : PageModel
{
    public sealed record Row(long Id, string Title, string Key, InternalContact? Contact, string Name, string Reach, string Message, DateTime CreatedUtc);

    public const int PageSize = 50;

    public IReadOnlyList<Row> Open { get; private set; } = [];

    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1, PageSize);

    public Pager Pager => new(Paging, page => PageSlice.Link(Request, page));

    /// <summary>Set after a request was marked as passed on.</summary>
    [BindProperty(SupportsGet = true, Name = "weitergegeben")]
    public string? PassedOn { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var open = db.ContactRequests.AsNoTracking().Where(r => r.HandledUtc == null);
        Paging = PageSlice.Of(await open.CountAsync(ct), PageSlice.Requested(Request.Query), PageSize);
        var page = await open.OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).Skip(Paging.Skip).Take(Paging.Size).ToListAsync(ct);
        var ids = page.Select(r => r.ItemId).Distinct().ToList();
        var items = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        Open = page.Select(r =>
        {
            var item = items.FirstOrDefault(i => i.Id == r.ItemId);
            var version = item?.Published ?? item?.Latest;
            return new Row(r.Id, version?.Translation(Cultures.Source)?.Title ?? "–", item?.Key ?? "", version?.Data.Volunteer?.InternalContact,
                r.Name, r.Reach, r.Message, r.CreatedUtc);
        }).ToList();
    }

    public async Task<IActionResult> OnPostPassOnAsync(long id, CancellationToken ct)
    {
        var request = await db.ContactRequests.FirstOrDefaultAsync(r => r.Id == id && r.HandledUtc == null, ct);
        if (request is null)
        {
            // Already passed on (by someone else, or a second click) or deleted: show the list.
            return Redirect(AdminLinks.ContactRequests);
        }

        var now = time.GetUtcNow().UtcDateTime;
        request.HandledUtc = now;
        audit.Record(AuditActions.ContactRequestPassedOn, User.Identity?.Name, now, new AuditDetails { ContactRequestId = request.Id }, request.ItemId);
        await db.SaveChangesAsync(ct);
        return Redirect(AdminLinks.ContactRequests + "?weitergegeben=1");
    }
}
