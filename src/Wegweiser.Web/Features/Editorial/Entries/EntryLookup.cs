using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>Loads an entry with all its versions (through <see cref="ContentStore"/>) for the staff pages that read it (history, compare, preview).</summary>
internal static class EntryLookup
{
    /// <summary>The entry, or the refusal: not found for an unknown key, forbidden for someone who may not edit it.</summary>
    public static async Task<(ContentItem? Item, IActionResult? Refusal)> ForReadingAsync(ContentStore store, ClaimsPrincipal user, string key, CancellationToken ct)
    {
        if (!Slug.IsValid(key))
        {
            return (null, new NotFoundResult());
        }

        var item = await store.ReadByKeyAsync(key, ct);
        if (item is null || item.Versions.Count == 0)
        {
            return (null, new NotFoundResult());
        }

        return EditorPermissions.CanEdit(user, item) ? (item, null) : (null, new ForbidResult());
    }
}
