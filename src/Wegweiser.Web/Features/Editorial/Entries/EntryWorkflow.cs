using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The workflow steps of the editor area, each checked against <see cref="EditorPermissions"/>
/// and <see cref="WorkflowRules"/> and recorded in the audit trail. The caller saves.
/// </summary>
public sealed class EntryWorkflow(WegweiserDbContext db, TimeProvider time, SiteContext site, AuditTrail audit)
{
    /// <summary>What came of a step: done, or refused with a resource key and an argument for it.</summary>
    public sealed record Outcome(bool Done, string? Refusal = null, string? Argument = null)
    {
        public static readonly Outcome Ok = new(true);

        public static readonly Outcome NotAllowed = new(false, "Editor.Refused.NotAllowed");

        public static Outcome InState(WorkflowState state) => new(false, "Editor.Refused.State", state.ToString());

        /// <summary>Why it was refused, in the editor area's language.</summary>
        public string Describe(IStringLocalizer t) =>
            Refusal is null ? "" : Argument is null ? t[Refusal] : t[Refusal, t[$"Editor.State.{Argument}"].Value];
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public Outcome Submit(ContentItem item, ClaimsPrincipal user) =>
        !EditorPermissions.CanEdit(user, item) ? Outcome.NotAllowed : Move(item, user.Identity?.Name, WorkflowState.InReview, AuditActions.WorkflowSubmitted);

    /// <summary>
    /// Submits for review without an account's permission check: for entries made outside the editor
    /// area (a registration confirmed through the public form), which then wait like any other.
    /// </summary>
    public Outcome SubmitCore(ContentItem item, string? userName) =>
        Move(item, userName, WorkflowState.InReview, AuditActions.WorkflowSubmitted);

    /// <summary>Publishes version <paramref name="number"/> as the publisher saw it (see <see cref="VersionStamp"/>).</summary>
    public Outcome Publish(ContentItem item, ClaimsPrincipal user, int? number, string? stamp)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return Outcome.NotAllowed;
        }

        return PublishCore(item, user.Identity?.Name, number, stamp);
    }

    /// <summary>
    /// Publishes the latest version if it is still version <paramref name="number"/> with the content
    /// of <paramref name="stamp"/>, so nobody publishes text they have not read; also used by the scheduled job.
    /// </summary>
    public Outcome PublishCore(ContentItem item, string? userName, int? number, string? stamp)
    {
        if (item.Latest.Translation(Cultures.Source) is null)
        {
            return new Outcome(false, "Editor.Refused.NoGerman");
        }

        if (!VersionStamp.StillAsSeen(item, number, stamp))
        {
            return Changed;
        }

        return Move(item, userName, WorkflowState.Published, AuditActions.WorkflowPublished);
    }

    /// <summary>The version changed after the publisher looked at it.</summary>
    public static readonly Outcome Changed = new(false, "Editor.Refused.Changed");

    /// <summary>
    /// The version an edit of the entry's content writes into (see <see cref="ContentItem.EditableVersion"/>).
    /// Whatever was read for publication no longer holds: a version in review goes back to draft and
    /// planned publications are cancelled, each recorded in the audit trail.
    /// </summary>
    /// <param name="author">Who a new draft names as its author, when not <paramref name="userName"/>.</param>
    public async Task<ContentVersion> BeginEditAsync(ContentItem item, string? userName, CancellationToken ct = default, string? author = null)
    {
        var latest = item.Latest;
        if (item.ReturnToDraftForEdit(Now))
        {
            Record(item, latest.Number, AuditActions.WorkflowEditedBack, userName,
                new AuditDetails { From = nameof(WorkflowState.InReview), To = nameof(WorkflowState.Draft) });
        }

        var plans = await db.ScheduledActions
            .Where(a => a.ItemId == item.Id && a.DoneUtc == null && a.Kind == ScheduledActionKind.Publish).ToListAsync(ct);
        foreach (var plan in plans)
        {
            db.ScheduledActions.Remove(plan);
            Record(item, latest.Number, AuditActions.ScheduleCancelled, userName,
                new AuditDetails { DueUtc = plan.DueUtc, To = plan.Kind.ToString() }, "edited");
        }

        return item.EditableVersion(Now, author ?? userName);
    }

    public Outcome SendBack(ContentItem item, ClaimsPrincipal user, string comment)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return Outcome.NotAllowed;
        }

        if (item.Latest.State != WorkflowState.InReview)
        {
            return Outcome.InState(item.Latest.State);
        }

        return Move(item, user.Identity?.Name, WorkflowState.Draft, AuditActions.WorkflowSentBack, comment);
    }

    /// <summary>
    /// Rejects the version in review with a reason (see <see cref="ContentItem.RejectInReview"/>):
    /// nothing public changes, and the audit trail keeps the reason.
    /// </summary>
    public Outcome Reject(ContentItem item, ClaimsPrincipal user, string reason)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return Outcome.NotAllowed;
        }

        var version = item.Latest;
        if (version.State != WorkflowState.InReview)
        {
            return Outcome.InState(version.State);
        }

        var remains = item.Versions.Count > 1;
        item.RejectInReview(Now);
        Record(item, version.Number, AuditActions.WorkflowRejected, user.Identity?.Name,
            new AuditDetails { From = nameof(WorkflowState.InReview), To = remains ? "Discarded" : nameof(WorkflowState.Archived) }, reason);
        return Outcome.Ok;
    }

    public Outcome Archive(ContentItem item, ClaimsPrincipal user)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return Outcome.NotAllowed;
        }

        return ArchiveCore(item, user.Identity?.Name);
    }

    /// <summary>Takes the entry offline (see <see cref="ContentItem.Archive"/>); also used by the scheduled job.</summary>
    public Outcome ArchiveCore(ContentItem item, string? userName)
    {
        var target = item.Published ?? item.Latest;
        if (!WorkflowRules.CanTransition(target.State, WorkflowState.Archived))
        {
            return Outcome.InState(target.State);
        }

        item.Archive(Now);
        Record(item, target.Number, AuditActions.WorkflowArchived, userName, new AuditDetails { From = nameof(WorkflowState.Published), To = nameof(WorkflowState.Archived) });
        return Outcome.Ok;
    }

    public Outcome Restore(ContentItem item, ClaimsPrincipal user, int number)
    {
        if (!EditorPermissions.CanEdit(user, item))
        {
            return Outcome.NotAllowed;
        }

        if (item.Versions.All(v => v.Number != number))
        {
            return new Outcome(false, "Editor.Refused.NoVersion");
        }

        var before = VersionFields.Of(item.Latest);
        var draft = item.RestoreVersion(number, Now, user.Identity?.Name);
        Record(item, draft.Number, AuditActions.WorkflowRestored, user.Identity?.Name,
            new AuditDetails { RestoredFrom = number, Changes = [.. VersionFields.Diff(before, VersionFields.Of(draft))] });
        return Outcome.Ok;
    }

    public Outcome MarkReviewed(ContentItem item, ClaimsPrincipal user)
    {
        if (!EditorPermissions.CanMarkReviewed(user, item))
        {
            return Outcome.NotAllowed;
        }

        if (item.MarkReviewed(site.Today) is not { } published)
        {
            return new Outcome(false, "Editor.Refused.NotPublished");
        }

        // A provider's "Stimmt noch" is recorded as the review round's answer is.
        var action = EditorPermissions.IsStaff(user) ? AuditActions.ReviewConfirmed : AuditActions.ReviewProviderConfirmed;
        Record(item, published.Number, action, user.Identity?.Name, null);
        return Outcome.Ok;
    }

    /// <summary>Plans a publication or archiving for <paramref name="dueUtc"/>; the scheduled-workflow job carries it out.</summary>
    /// <remarks>A publication is bound to version <paramref name="number"/> with <paramref name="stamp"/>, as <see cref="Publish"/> is.</remarks>
    public Outcome Schedule(ContentItem item, ClaimsPrincipal user, ScheduledActionKind kind, DateTime dueUtc, int? number, string? stamp)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return Outcome.NotAllowed;
        }

        if (dueUtc <= Now)
        {
            return new Outcome(false, "Editor.Refused.Past");
        }

        var bound = kind == ScheduledActionKind.Publish;
        if (bound && !VersionStamp.StillAsSeen(item, number, stamp))
        {
            return Changed;
        }

        db.ScheduledActions.Add(new ScheduledAction
        {
            ItemId = item.Id,
            Kind = kind,
            DueUtc = dueUtc,
            CreatedBy = user.Identity?.Name,
            CreatedUtc = Now,
            VersionNumber = bound ? number : null,
            VersionStamp = bound ? stamp : null,
        });
        Record(item, item.Latest.Number, AuditActions.Scheduled(kind), user.Identity?.Name, new AuditDetails { DueUtc = dueUtc });
        return Outcome.Ok;
    }

    /// <summary>Writes one audit line for a step on <paramref name="item"/>, at the step's time.</summary>
    private void Record(ContentItem item, int? version, string action, string? userName, AuditDetails? details, string? comment = null) =>
        audit.Record(action, userName, Now, details, item.Id, version, comment);

    private Outcome Move(ContentItem item, string? userName, WorkflowState to, string action, string? comment = null)
    {
        var version = item.Latest;
        var from = version.State;
        if (!WorkflowRules.CanTransition(from, to))
        {
            return Outcome.InState(from);
        }

        item.Transition(to, Now);
        Record(item, version.Number, action, userName, new AuditDetails { From = from.ToString(), To = to.ToString() }, comment);
        return Outcome.Ok;
    }
}
