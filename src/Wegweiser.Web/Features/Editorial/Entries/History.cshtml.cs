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
        if (!Slug.IsValid(key))
        {
            return NotFound();
        }

        var item = await db.ContentItems.AsNoTracking().Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Key == key, ct);
        if (item is null || item.Versions.Count == 0)
        {
            return NotFound();
        }

        if (!EditorPermissions.CanEdit(User, item))
        {
            return Forbid();
        }

        Item = item;
        Audit = await db.AuditEntries.AsNoTracking().Where(a => a.ItemId == item.Id).OrderByDescending(a => a.Utc).ThenByDescending(a => a.Id).Take(500).ToListAsync(ct);
        return Page();
    }
}
