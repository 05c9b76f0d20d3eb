using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>All versions of an entry and its audit trail: who changed which fields when, from what to what.</summary>
[Authorize(Roles = EditorPermissions.AreaRoles)]
public sealed class HistoryModel(WegweiserDbContext db) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var (item, refusal) = await EntryLookup.ForReadingAsync(db, User, key, ct);
        if (item is null)
        {
            return refusal!;
        }

        Item = item;
        Audit = await db.AuditEntries.AsNoTracking().Where(a => a.ItemId == item.Id).OrderByDescending(a => a.Utc).ThenByDescending(a => a.Id).Take(500).ToListAsync(ct);
        return Page();
    }
}
