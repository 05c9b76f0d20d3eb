using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// "Fehler melden / Änderung vorschlagen" on every detail page: a short message, no personal data
/// required, limited per address, with a honeypot; it waits in the editors' queue.
/// </summary>
public sealed class ReportMistakeModel(DirectoryQueries queries, WegweiserDbContext db, TimeProvider time, SiteContext site) : PageModel
{
    public const string Segment = "fehler-melden";

    public EntryDetail? Detail { get; private set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public string? Reach { get; set; }

    [BindProperty]
    public string? Website { get; set; }

    public string? ErrorKey { get; private set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, string slug, [FromQuery(Name = VisitorForm.SentParam)] string? sent, CancellationToken ct)
    {
        if (!await LoadAsync(section, slug, ct))
        {
            return NotFound();
        }

        Sent = sent == "1";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string section, string slug, CancellationToken ct)
    {
        if (!await LoadAsync(section, slug, ct))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            return Redirect($"{Request.Path}?{VisitorForm.SentParam}=1");
        }

        ErrorKey = string.IsNullOrWhiteSpace(Message) ? "MistakeReport.Error.Message"
            : Message.Trim().Length > ContactRequestLimits.Message || (Reach?.Trim().Length ?? 0) > ContactRequestLimits.Reach ? "Contact.Error.TooLong"
            : null;
        if (ErrorKey is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.MistakeReports.Add(new MistakeReport
        {
            ItemId = Detail!.Entry.Item.Id,
            Message = Message!.Trim(),
            Reach = string.IsNullOrWhiteSpace(Reach) ? null : Reach.Trim(),
            Culture = site.Culture,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"{Request.Path}?{VisitorForm.SentParam}=1");
    }

    private async Task<bool> LoadAsync(string section, string slug, CancellationToken ct)
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        if (DirectorySection.BySegment(section) is not { } found || !Slug.IsValid(slug))
        {
            return false;
        }

        Detail = await queries.DetailAsync(found, slug, ct);
        return Detail is not null;
    }
}
