using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The workflow steps of the editor area, each checked against <see cref="EditorPermissions"/>
/// and <see cref="WorkflowRules"/> and recorded in the audit trail. The caller saves.
/// </summary>
public sealed class EntryWorkflow(WegweiserDbContext db, TimeProvider time, SiteContext site)
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
        !EditorPermissions.CanEdit(user, item) ? Outcome.NotAllowed : Move(item, user.Identity?.Name, WorkflowState.InReview, "workflow.submitted");

    public Outcome Publish(ContentItem item, ClaimsPrincipal user)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return Outcome.NotAllowed;
        }

        return PublishCore(item, user.Identity?.Name);
    }

    /// <summary>Publishes the latest version; also used by the scheduled job.</summary>
    public Outcome PublishCore(ContentItem item, string? userName)
    {
        if (item.Latest.Translation(Cultures.Source) is null)
        {
            return new Outcome(false, "Editor.Refused.NoGerman");
        }

        return Move(item, userName, WorkflowState.Published, "workflow.published");
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

        return Move(item, user.Identity?.Name, WorkflowState.Draft, "workflow.sentback", comment);
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
        Record(item, target.Number, "workflow.archived", userName, new AuditDetails { From = nameof(WorkflowState.Published), To = nameof(WorkflowState.Archived) });
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
        Record(item, draft.Number, "workflow.restored", user.Identity?.Name,
            new AuditDetails { RestoredFrom = number, Changes = [.. VersionFields.Diff(before, VersionFields.Of(draft))] });
        return Outcome.Ok;
    }

    public Outcome MarkReviewed(ContentItem item, ClaimsPrincipal user)
    {
        if (!EditorPermissions.CanMarkReviewed(user))
        {
            return Outcome.NotAllowed;
        }

        if (item.MarkReviewed(site.Today) is not { } published)
        {
            return new Outcome(false, "Editor.Refused.NotPublished");
        }

        Record(item, published.Number, "review.confirmed", user.Identity?.Name, null);
        return Outcome.Ok;
    }

    /// <summary>Plans a publication or archiving for <paramref name="dueUtc"/>; the scheduled-workflow job carries it out.</summary>
    public Outcome Schedule(ContentItem item, ClaimsPrincipal user, ScheduledActionKind kind, DateTime dueUtc)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return Outcome.NotAllowed;
        }

        if (dueUtc <= Now)
        {
            return new Outcome(false, "Editor.Refused.Past");
        }

        db.ScheduledActions.Add(new ScheduledAction { ItemId = item.Id, Kind = kind, DueUtc = dueUtc, CreatedBy = user.Identity?.Name, CreatedUtc = Now });
        Record(item, item.Latest.Number, $"schedule.{kind.ToString().ToLowerInvariant()}", user.Identity?.Name, new AuditDetails { DueUtc = dueUtc });
        return Outcome.Ok;
    }

    /// <summary>Writes one audit line for <paramref name="item"/>.</summary>
    public void Record(ContentItem item, int? version, string action, string? userName, AuditDetails? details, string? comment = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ItemId = item.Id,
            VersionNumber = version,
            Action = action,
            UserName = userName,
            Utc = Now,
            Details = details?.ToJson(),
            Comment = comment,
        });

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
