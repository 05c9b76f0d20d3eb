using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>Two versions of an entry side by side, field by field, texts as a word diff.</summary>
[Authorize(Roles = EditorPermissions.AreaRoles)]
public sealed class CompareModel(ContentStore store) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentVersion From { get; private set; } = null!;

    public ContentVersion To { get; private set; } = null!;

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, [FromQuery(Name = "von")] int from, [FromQuery(Name = "bis")] int to, CancellationToken ct)
    {
        var (item, refusal) = await EntryLookup.ForReadingAsync(store, User, key, ct);
        if (item is null)
        {
            return refusal!;
        }

        if (item.Versions.FirstOrDefault(v => v.Number == from) is not { } a || item.Versions.FirstOrDefault(v => v.Number == to) is not { } b)
        {
            return NotFound();
        }

        (Item, From, To) = (item, a, b);
        Changes = VersionFields.Diff(a, b);
        return Page();
    }
}
