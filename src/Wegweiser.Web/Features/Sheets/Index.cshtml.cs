using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// <c>/admin/tabellen</c>: download the entries of a type as .xlsx or .csv (with the entry list's
/// state and topic filters and a choice of languages), and upload an edited sheet, which is kept
/// for the preview (<see cref="PreviewModel"/>). Staff only (administrators, publishers, editors).
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
[RequestSizeLimit(SheetLimits.MaxFileBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = SheetLimits.MaxFileBytes + 64 * 1024)]
public sealed class IndexModel(WegweiserDbContext db, SheetExporter exporter, SheetUploads uploads, SiteClock clock, IOptions<WegweiserOptions> options, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromQuery(Name = "typ")] public string? TypeParam { get; set; }
    [FromQuery(Name = "status")] public string? StateParam { get; set; }
    [FromQuery(Name = "thema")] public string? TopicParam { get; set; }
    [FromQuery(Name = "sprache")] public List<string> CultureParams { get; set; } = [];
    [FromQuery(Name = "format")] public string? FormatParam { get; set; }

    public IReadOnlyList<TaxonomyTerm> Topics { get; private set; } = [];

    public IReadOnlyList<string> SiteCultures => options.Value.SiteCultures;

    /// <summary>Why the export or upload was refused, in German.</summary>
    public IReadOnlyList<SheetProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var type = Enum.TryParse<ContentType>(TypeParam, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ContentType?)null;
        var format = FormatParam switch { "xlsx" => SheetFormat.Xlsx, "csv" => SheetFormat.Csv, _ => (SheetFormat?)null };
        if (type is null || format is null)
        {
            Problems = [new SheetProblem(null, null, t[type is null ? "Sheets.Error.Type" : "Sheets.Error.Format"])];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        var request = new SheetExporter.Request(type.Value,
            StateParam is not null && EntryListFilter.States.TryGetValue(StateParam, out var state) ? state : null,
            string.IsNullOrWhiteSpace(TopicParam) ? null : TopicParam,
            CultureParams);
        var buffer = new MemoryStream();
        await exporter.WriteAsync(request, format.Value, buffer, ct);
        buffer.Position = 0;
        return File(buffer, SheetExporter.ContentTypeOf(format.Value), SheetExporter.FileName(type.Value, format.Value, clock.Today));
    }

    /// <summary>Reads the upload once (so a file that is no sheet is refused at once), keeps it and leads to the preview.</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return await RefuseAsync([new SheetProblem(null, null, t["Sheets.Error.Empty"])], ct);
        }

        if (file.Length > SheetLimits.MaxFileBytes)
        {
            return await RefuseAsync([new SheetProblem(null, null, t["Sheets.Error.FileSize", SheetLimits.MaxFileBytes / (1024 * 1024)])], ct);
        }

        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, ct);
        var bytes = memory.ToArray();
        try
        {
            SheetReader.Read(bytes, file.FileName, t);
        }
        catch (SheetException e)
        {
            return await RefuseAsync(e.Problems, ct);
        }

        var token = await uploads.KeepAsync(bytes, file.FileName, User.Identity!.Name!, ct);
        return Redirect(AdminLinks.SheetPreview(token));
    }

    private async Task<IActionResult> RefuseAsync(IReadOnlyList<SheetProblem> problems, CancellationToken ct)
    {
        Problems = problems;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Topics = await db.TaxonomyTerms.AsNoTracking().Where(term => term.Taxonomy == Taxonomy.Topic).OrderBy(term => term.SortOrder).ToListAsync(ct);
}
