using Humanizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Registrations;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Features.Providers;
using Wegweiser.Web.Features.Registration;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Moderation;

/// <summary>
/// The moderation queue: registrations from the public form with their contact person, oldest
/// first. Staff read it; publishers and administrators approve, send back with a comment or reject
/// with a reason (checked again in <see cref="RegistrationDecisions"/>). Providers' drafts in
/// review have a section of their own with the same three decisions (<see cref="Providers.ProviderDrafts"/>);
/// kinds decided elsewhere (claims) are counted with a link.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class ModerationModel(WegweiserDbContext db, ContentStore store, RegistrationDecisions decisions, SiteContext site, IStringLocalizer<SharedResource> t,
    IEnumerable<IModerationSource> sources, ProviderDrafts providerDrafts) : PageModel
{
    /// <summary>The kinds decided on pages of their own (claims), for publishers and administrators.</summary>
    public IReadOnlyList<ModerationSummary> Elsewhere { get; private set; } = [];

    public IReadOnlyList<RegistrationRow> Registrations { get; private set; } = [];

    public IReadOnlyList<ProviderDrafts.Row> Drafts { get; private set; } = [];

    public bool CanDecide => EditorPermissions.CanPublish(User);

    /// <summary>The outcome of the last decision (a resource key), or a refusal's text.</summary>
    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "erledigt")] string? done, CancellationToken ct)
    {
        Notice = done is "freigegeben" or "zurueckgeschickt" or "abgelehnt" or "veroeffentlicht" or "rueckfrage" or "verworfen" ? $"Moderation.Done.{done}" : null;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostApproveAsync(long id, [FromForm(Name = "fassung")] int? version, [FromForm(Name = "stempel")] string? stamp, CancellationToken ct) =>
        DecideAsync("freigegeben", () => decisions.ApproveAsync(id, User, version, stamp, PublicUrl.BaseOf(HttpContext), ct), ct);

    public Task<IActionResult> OnPostSendBackAsync(long id, [FromForm(Name = "kommentar")] string? comment, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(comment) && CanDecide
            ? RefuseAsync("Moderation.Error.Comment", ct)
            : DecideAsync("zurueckgeschickt", () => decisions.SendBackAsync(id, User, Trim(comment), ct), ct);

    public Task<IActionResult> OnPostRejectAsync(long id, [FromForm(Name = "grund")] string? reason, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(reason) && CanDecide
            ? RefuseAsync("Moderation.Error.Reason", ct)
            : DecideAsync("abgelehnt", () => decisions.RejectAsync(id, User, Trim(reason), ct), ct);

    public Task<IActionResult> OnPostPublishDraftAsync(string key, [FromForm(Name = "fassung")] int? version, [FromForm(Name = "stempel")] string? stamp, CancellationToken ct) =>
        DecideAsync("veroeffentlicht", () => providerDrafts.PublishAsync(key ?? "", User, version, stamp, PublicUrl.BaseOf(HttpContext), ct), ct);

    public Task<IActionResult> OnPostSendBackDraftAsync(string key, [FromForm(Name = "kommentar")] string? comment, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(comment) && CanDecide
            ? RefuseAsync("Moderation.Error.DraftComment", ct)
            : DecideAsync("rueckfrage", () => providerDrafts.SendBackAsync(key ?? "", User, Trim(comment), PublicUrl.BaseOf(HttpContext), ct), ct);

    public Task<IActionResult> OnPostRejectDraftAsync(string key, [FromForm(Name = "grund")] string? reason, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(reason) && CanDecide
            ? RefuseAsync("Moderation.Error.DraftReason", ct)
            : DecideAsync("verworfen", () => providerDrafts.RejectAsync(key ?? "", User, Trim(reason), PublicUrl.BaseOf(HttpContext), ct), ct);

    /// <summary>"vor 3 Tagen" in the staff's German.</summary>
    public string Age(DateTime utc) => utc.Humanize(utcDate: true, dateToCompareAgainst: site.Now.UtcDateTime, culture: site.CultureInfo);

    public string Date(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, site.TimeZone).ToString("d", site.CultureInfo);

    private static string Trim(string? text)
    {
        var value = text?.Trim() ?? "";
        return value.Length > RegistrationLimits.Comment ? value[..RegistrationLimits.Comment] : value;
    }

    private async Task<IActionResult> DecideAsync(string done, Func<Task<EntryWorkflow.Outcome>> decide, CancellationToken ct)
    {
        if (!CanDecide)
        {
            return Forbid();
        }

        var outcome = await decide();
        if (outcome.Done)
        {
            return Redirect($"{AdminLinks.Moderation}?erledigt={done}");
        }

        if (outcome == EntryWorkflow.Outcome.NotAllowed)
        {
            return NotFound();
        }

        Problem = outcome.Describe(t);
        return await RefusedPageAsync(ct);
    }

    private async Task<IActionResult> RefuseAsync(string key, CancellationToken ct)
    {
        Problem = t[key];
        return await RefusedPageAsync(ct);
    }

    private async Task<IActionResult> RefusedPageAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (CanDecide)
        {
            var elsewhere = new List<ModerationSummary>();
            foreach (var source in sources)
            {
                if (await source.SummaryAsync(ct) is { Url: not null } summary)
                {
                    elsewhere.Add(summary);
                }
            }

            Elsewhere = elsewhere;
        }

        var open = await db.Registrations.AsNoTracking()
            .Where(r => RegistrationDecisions.Open.Contains(r.State))
            .OrderBy(r => r.ConfirmedUtc).ThenBy(r => r.Id).Take(200).ToListAsync(ct);
        var ids = open.Where(r => r.ItemId != null).Select(r => r.ItemId!.Value).ToList();
        var items = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        Registrations = open.Select(r => (r, item: items.FirstOrDefault(i => i.Id == r.ItemId)))
            .Where(x => x.item is not null)
            .Select(x => Row(x.r, x.item!)).ToList();
        Drafts = await providerDrafts.ListAsync(ct);
    }

    private static RegistrationRow Row(Data.Registrations.Registration r, ContentItem item)
    {
        var german = item.Latest.Translation(Cultures.Source);
        return new RegistrationRow(r.Id, item.Type, item.Key, german?.Title ?? r.Title, german?.Field(ContentFields.Summary), r.ContactName, r.ContactEmail,
            r.ConfirmedUtc ?? r.CreatedUtc, r.State, r.Comment, item.Latest.Number, VersionStamp.Of(item.Latest));
    }
}
