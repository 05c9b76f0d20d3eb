using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// Edit one entry and move it through the workflow. Saving writes the editable version (a new
/// draft when the latest is published, so the public keeps the live text). Each workflow button is
/// its own POST, checked here against <see cref="EditorPermissions"/> and the workflow rules.
/// </summary>
[Authorize(Roles = EditorPermissions.AreaRoles)]
public sealed class EditModel(
    WegweiserDbContext db, ContentStore store, AuditTrail audit, EntryEditing editing, EntryWorkflow workflow, SiteContext site, IStringLocalizer<SharedResource> t,
    EntryDecisionSaver decisions) : PageModel
{
    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public ContentItem Item { get; private set; } = null!;

    public EntryFormView Form { get; private set; } = null!;

    /// <summary>Why the latest version was sent back, while it is still the draft it was.</summary>
    public AuditEntry? SentBack { get; private set; }

    public IReadOnlyList<ScheduledAction> Planned { get; private set; } = [];

    /// <summary>A message after a step: done (resource key) or refused (text).</summary>
    public string? Done { get; private set; }

    public string? Refused { get; private set; }

    public bool CanPublish => EditorPermissions.CanPublish(User);

    /// <summary>The entry changed since the form was opened; nothing was saved.</summary>
    public bool Stale { get; private set; }

    /// <summary>The accepted visitor's suggestion this draft was opened for, shown above the form.</summary>
    public string? MistakeReport { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, [FromQuery(Name = "erledigt")] string? done, [FromQuery(Name = "vorschlag")] long? suggestion, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refused)
        {
            return refused;
        }

        if (suggestion is { } suggestionId)
        {
            MistakeReport = await db.MistakeReports.Where(s => s.Id == suggestionId && s.ItemId == Item.Id && s.State == MistakeReportState.Accepted)
                .Select(s => s.Message).FirstOrDefaultAsync(ct);
        }

        Done = done is "gespeichert" or "unveraendert" or "eingereicht" or "veroeffentlicht" or "zurueckgegeben" or "archiviert" or "wiederhergestellt" or "geplant" or "abgesagt" ? done : null;
        Form = await editing.FormAsync(Item.Type, EntryInput.From(Item.Type, Item.Latest), new Dictionary<string, string>(), false, User, HasTranslations, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refused)
        {
            return refused;
        }

        var errors = await editing.ValidateAsync(Input, Item.Type, Item, User, ct);
        var current = EntryInput.StampOf(Item.Latest);
        if (Input.Stamp != current)
        {
            // Someone saved or moved the entry since this form was opened: show what was typed, save nothing.
            // The form now carries the current stamp, so saving again overwrites on purpose.
            Stale = true;
            Input.Stamp = current;
            Response.StatusCode = StatusCodes.Status409Conflict;
            Form = await editing.FormAsync(Item.Type, Input.WithEmptyAddressRow(), errors, false, User, HasTranslations, ct);
            return Page();
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Form = await editing.FormAsync(Item.Type, Input.WithEmptyAddressRow(), errors, false, User, HasTranslations, ct);
            return Page();
        }

        var changes = await editing.SaveAsync(Item, Input, User, ct);
        if (changes.Count == 0)
        {
            return Back("unveraendert");
        }

        await db.SaveChangesAsync(ct);
        return Back("gespeichert");
    }

    public Task<IActionResult> OnPostSubmitAsync(string key, CancellationToken ct) =>
        StepAsync(key, "eingereicht", () => workflow.Submit(Item, User), ct);

    public Task<IActionResult> OnPostPublishAsync(string key, [FromForm(Name = "fassung")] int? version, [FromForm(Name = "stempel")] string? stamp, CancellationToken ct) =>
        StepAsync(key, "veroeffentlicht", () => workflow.Publish(Item, User, version, stamp), ct, EntryDecisionKind.Published);

    public Task<IActionResult> OnPostArchiveAsync(string key, CancellationToken ct) =>
        StepAsync(key, "archiviert", () => workflow.Archive(Item, User), ct);

    public Task<IActionResult> OnPostRestoreAsync(string key, [FromForm(Name = "version")] int version, CancellationToken ct) =>
        StepAsync(key, "wiederhergestellt", () => workflow.Restore(Item, User, version), ct);

    public Task<IActionResult> OnPostSendBackAsync(string key, [FromForm(Name = "kommentar")] string? comment, CancellationToken ct) =>
        StepAsync(key, "zurueckgegeben", () =>
            !EditorPermissions.CanPublish(User) ? EntryWorkflow.Outcome.NotAllowed
            : string.IsNullOrWhiteSpace(comment) || comment.Trim().Length > AuditEntryLimits.Comment
                ? new EntryWorkflow.Outcome(false, "Editor.Error.Comment")
                : workflow.SendBack(Item, User, comment.Trim()), ct, EntryDecisionKind.SentBack, comment?.Trim());

    /// <summary>Plans a publication or archiving at a local Europe/Berlin time (stored as UTC).</summary>
    public Task<IActionResult> OnPostScheduleAsync(
        string key, [FromForm(Name = "art")] string? kind, [FromForm(Name = "zeitpunkt")] string? when,
        [FromForm(Name = "fassung")] int? version, [FromForm(Name = "stempel")] string? stamp, CancellationToken ct) =>
        StepAsync(key, "geplant", () =>
        {
            if (!EditorPermissions.CanPublish(User))
            {
                return EntryWorkflow.Outcome.NotAllowed; // before looking at the input: the answer must not depend on it
            }

            if (kind is not ("veroeffentlichen" or "archivieren"))
            {
                return new EntryWorkflow.Outcome(false, "Editor.Error.Unknown");
            }

            if (EntryInput.ParseDateTime(when) is not { } local)
            {
                return new EntryWorkflow.Outcome(false, "Editor.Error.DateTime");
            }

            var utc = Core.Scheduling.Schedule.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), site.TimeZone).UtcDateTime;
            return workflow.Schedule(Item, User, kind == "veroeffentlichen" ? ScheduledActionKind.Publish : ScheduledActionKind.Archive, utc, version, stamp);
        }, ct);

    public Task<IActionResult> OnPostCancelScheduleAsync(string key, [FromForm(Name = "id")] long id, CancellationToken ct) =>
        StepAsync(key, "abgesagt", () =>
        {
            if (!EditorPermissions.CanPublish(User))
            {
                return EntryWorkflow.Outcome.NotAllowed;
            }

            var planned = db.ScheduledActions.FirstOrDefault(a => a.Id == id && a.ItemId == Item.Id && a.DoneUtc == null);
            if (planned is null)
            {
                return new EntryWorkflow.Outcome(false, "Editor.Refused.NoPlan");
            }

            db.ScheduledActions.Remove(planned);
            audit.Record(AuditActions.ScheduleCancelled, User.Identity?.Name, site.Now.UtcDateTime,
                new AuditDetails { DueUtc = planned.DueUtc, To = planned.Kind.ToString() }, Item.Id, Item.Latest.Number);
            return EntryWorkflow.Outcome.Ok;
        }, ct);

    private bool HasTranslations => Item.Latest.Translations.Any(tr => tr.Culture != Cultures.Source);

    private async Task<IActionResult> StepAsync(
        string key, string done, Func<EntryWorkflow.Outcome> step, CancellationToken ct, EntryDecisionKind? decision = null, string? comment = null)
    {
        if (await LoadAsync(key, ct) is { } refused)
        {
            return refused;
        }

        // The version a decision is about, read before the step changes its state.
        var decided = decision is null ? null : EntryDecision.Subject(Item);
        var outcome = step();
        if (outcome == EntryWorkflow.Outcome.NotAllowed)
        {
            return Forbid();
        }

        if (!outcome.Done)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            Refused = outcome.Describe(t);
            Form = await editing.FormAsync(Item.Type, EntryInput.From(Item.Type, Item.Latest), new Dictionary<string, string>(), false, User, HasTranslations, ct);
            return Page();
        }

        await decisions.SaveAsync(decision is { } kind && decided is not null ? [new EntryDecision(Item, decided, kind, comment)] : [], PublicUrl.BaseOf(HttpContext), ct);
        return Back(done);
    }

    private RedirectResult Back(string done) => Redirect($"{AdminLinks.Entry(Item.Key)}?erledigt={done}");

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken ct)
    {
        if (!Slug.IsValid(key))
        {
            return NotFound();
        }

        var item = await store.FindByKeyAsync(key, ct);
        if (item is null || item.Versions.Count == 0)
        {
            return NotFound();
        }

        if (!EditorPermissions.CanEdit(User, item))
        {
            return Forbid();
        }

        Item = item;
        var latest = item.Latest;
        if (latest.State == WorkflowState.Draft)
        {
            SentBack = await audit.LatestAsync(item.Id, latest.Number, AuditActions.WorkflowSentBack, ct);
        }

        Planned = await db.ScheduledActions.AsNoTracking().Where(a => a.ItemId == item.Id && a.DoneUtc == null).OrderBy(a => a.DueUtc).ToListAsync(ct);
        return null;
    }
}
