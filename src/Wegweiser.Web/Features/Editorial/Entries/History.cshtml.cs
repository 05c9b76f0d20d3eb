using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>All versions of an entry and its audit trail: who changed which fields when, from what to what.</summary>
[Authorize(Roles = EditorPermissions.AreaRoles)]
public sealed class HistoryModel(ContentStore store, AuditTrail audit) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var (item, refusal) = await EntryLookup.ForReadingAsync(store, User, key, ct);
        if (item is null)
        {
            return refusal!;
        }

        Item = item;
        Audit = await audit.ForItemAsync(item.Id, 500, ct);
        return Page();
    }
}
