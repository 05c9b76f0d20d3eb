using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// <c>/admin/tabellen/vorschau/{token}</c>: what an uploaded sheet would change (per entry, per
/// field: old → new) or why it is refused, before anything is written; "Übernehmen" (publishers:
/// optionally "sofort veröffentlichen") checks everything again and writes it all or nothing.
/// Only the user who uploaded the file can open its preview.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class PreviewModel(SheetUploads uploads, SheetImporter importer, IStringLocalizer<SharedResource> t, ILogger<PreviewModel> logger) : PageModel
{
    public string FileName { get; private set; } = "";

    public SheetPlan? Plan { get; private set; }

    public bool Done { get; private set; }

    public bool Published { get; private set; }

    public bool CanPublish => EditorPermissions.CanPublish(User);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await ReadAsync(token, ct) is not { } table)
        {
            return Plan is null ? NotFound() : Page();
        }

        Plan = await importer.CheckAsync(table, User, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, [FromForm(Name = "veroeffentlichen")] bool publish, CancellationToken ct)
    {
        if (await ReadAsync(token, ct) is not { } table)
        {
            return Plan is null ? NotFound() : Page();
        }

        Plan = await importer.ApplyAsync(table, User, publish && CanPublish, ct);
        if (!Plan.IsValid)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        uploads.Remove(token);
        (Done, Published) = (true, publish && CanPublish);
        logger.LogInformation("Sheet imported: {Entries} entries changed, {Unchanged} unchanged", Plan.Changes.Count, Plan.Unchanged);
        return Page();
    }

    /// <summary>The kept upload as a table; null when there is none for this user (not found) or it cannot be read (the plan says why).</summary>
    private async Task<SheetTable?> ReadAsync(string token, CancellationToken ct)
    {
        if (await uploads.FindAsync(token, User.Identity?.Name ?? "", ct) is not { } upload)
        {
            return null;
        }

        FileName = upload.FileName;
        try
        {
            return SheetReader.Read(upload.Bytes, upload.FileName, t);
        }
        catch (SheetException e)
        {
            Plan = new SheetPlan(null, [], 0, e.Problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }
    }
}
