using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// "Ist das Ihr Verein / Ihr Angebot?": a public form to claim an entry. Limited per address,
/// with a honeypot; the answer never says whether or where a link went beyond "to the entry's address".
/// </summary>
public sealed class ClaimModel(DirectoryQueries queries, ContentStore store, EntryClaims claims, SiteContext site) : PageModel
{
    public const string Segment = "uebernehmen";

    /// <summary>The thank-you page: <c>?gesendet=1</c> (link sent to the entry) or <c>?gesendet=2</c> (staff check).</summary>
    public const string SentToEntry = "1";

    public const string SentToStaff = "2";

    public EntryDetail? Detail { get; private set; }

    [BindProperty]
    public ClaimInput Input { get; set; } = new();

    public (string Field, string Key)? Problem { get; private set; }

    public string? Sent { get; private set; }

    /// <summary>The privacy page in the visitor's language, when the site has one.</summary>
    public string? PrivacyUrl { get; private set; }

    /// <summary>The key of the privacy page the recipes create.</summary>
    public const string PrivacyPageKey = "datenschutz";

    public static string PathFor(DirectorySection section, string culture, string slug) => $"{section.DetailUrl(culture, slug)}/{Segment}";

    public async Task<IActionResult> OnGetAsync(string section, string slug, [FromQuery(Name = VisitorForm.SentParam)] string? sent, CancellationToken ct)
    {
        if (!await LoadAsync(section, slug, ct))
        {
            return NotFound();
        }

        Sent = sent is SentToEntry or SentToStaff ? sent : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string section, string slug, CancellationToken ct)
    {
        if (!await LoadAsync(section, slug, ct))
        {
            return NotFound();
        }

        if (Input.IsSpam)
        {
            return Redirect($"{Request.Path}?{VisitorForm.SentParam}={SentToStaff}");
        }

        Problem = Input.Problem();
        var target = await ClaimTarget.OfAsync(store, Detail!.Entry.Item.Id, ct);
        if (Problem is not null || target is null)
        {
            Problem ??= ("Name", "Claim.Error.Name");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var state = await claims.SubmitAsync(Detail.Entry.Item.Id, target, Input, site.Culture, PublicUrl.BaseOf(HttpContext), ct);
        return Redirect($"{Request.Path}?{VisitorForm.SentParam}={(state == EntryClaimState.AwaitingConfirmation ? SentToEntry : SentToStaff)}");
    }

    public string? Invalid(string field) => Problem?.Field == field ? "true" : null;

    private async Task<bool> LoadAsync(string section, string slug, CancellationToken ct)
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        if (DirectorySection.BySegment(section) is not { } found || !ClaimTarget.IsClaimable(found.Type) || !Slug.IsValid(slug))
        {
            return false;
        }

        Detail = await queries.DetailAsync(found, slug, ct);
        if (Detail is null)
        {
            return false;
        }

        if ((await store.PublishedByKeysAsync([PrivacyPageKey], ct)).FirstOrDefault() is { } privacy
            && (privacy.Version.Translation(site.Culture) ?? privacy.Version.Translation(Cultures.Source)) is { } text)
        {
            PrivacyUrl = DirectorySection.For(ContentType.Page).DetailUrl(site.Culture, text.Slug);
        }

        return true;
    }
}
