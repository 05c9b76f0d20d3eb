using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>A new entry of one type, saved as a first draft.</summary>
[Authorize(Roles = EditorPermissions.AreaRoles)]
public sealed class NewModel(EntryEditing editing, ContentStore store) : PageModel
{
    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public EntryFormView Form { get; private set; } = null!;

    public ContentType Type { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "typ")] string? type, CancellationToken ct)
    {
        if (Refuse(type) is { } refused)
        {
            return refused;
        }

        Form = await editing.FormAsync(Type, EntryInput.From(Type, null), new Dictionary<string, string>(), true, User, false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromQuery(Name = "typ")] string? type, CancellationToken ct)
    {
        if (Refuse(type) is { } refused)
        {
            return refused;
        }

        var errors = await editing.ValidateAsync(Input, Type, null, User, ct);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Form = await editing.FormAsync(Type, Input.WithEmptyAddressRow(), errors, true, User, false, ct);
            return Page();
        }

        var item = editing.Create(Type, Input, User);
        await store.SaveAsync(ct);
        return Redirect($"{AdminLinks.Entry(item.Key)}?erledigt=gespeichert");
    }

    private IActionResult? Refuse(string? type)
    {
        if (!Enum.TryParse<ContentType>(type, out var parsed) || !Enum.IsDefined(parsed))
        {
            return NotFound();
        }

        Type = parsed;
        return EditorPermissions.CanCreate(User, parsed) ? null : Forbid();
    }
}
