using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The public asks to be put in touch with a volunteer initiative; its contact data stays
/// internal. Requests are stored for staff, limited per address (Wegweiser:RateLimits:Forms), and deleted after the
/// configured retention time.
/// </summary>
public sealed class ContactRequestModel(DirectoryQueries queries, WegweiserDbContext db, TimeProvider time, SiteContext site)
    : PageModel
{
    public const string Segment = "anfrage";

    public EntryDetail? Detail { get; private set; }

    [BindProperty]
    public ContactRequestInput Input { get; set; } = new();

    public Dictionary<string, string> Errors { get; private set; } = [];

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = VisitorForm.SentParam)] string? sent, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        Sent = sent == "1";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Website))
        {
            // A bot filled the hidden field: answer as if all went well, store nothing.
            return Redirect($"{Request.Path}?{VisitorForm.SentParam}=1");
        }

        Errors = Input.Validate();
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.ContactRequests.Add(new ContactRequest
        {
            ItemId = Detail!.Entry.Item.Id,
            Name = Input.Name!.Trim(),
            Reach = Input.Reach!.Trim(),
            Message = Input.Message!.Trim(),
            Culture = site.Culture,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"{Request.Path}?{VisitorForm.SentParam}=1");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (!Slug.IsValid(slug))
        {
            return false;
        }

        CompressionPolicy.DoNotCompress(HttpContext);
        Detail = await queries.DetailAsync(DirectorySection.For(ContentType.VolunteerInitiative), slug, ct);
        return Detail is not null;
    }
}
