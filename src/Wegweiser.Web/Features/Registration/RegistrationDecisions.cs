using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Registrations;
using RegistrationRecord = Wegweiser.Data.Registrations.Registration;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// A publisher's decisions on a confirmed registration: approve (publish the entry), send back with
/// a comment, reject with a reason (the never-published draft is deleted). Each goes through
/// <see cref="EntryWorkflow"/> where the entry changes, is audited and mailed to the contact person.
/// </summary>
public sealed class RegistrationDecisions(
    WegweiserDbContext db, ContentStore store, EntryWorkflow workflow, AuditTrail audit, TimeProvider time, EmailOutbox outbox)
{
    /// <summary>States in which a registration waits for a publisher.</summary>
    public static readonly IReadOnlyList<RegistrationState> Open = [RegistrationState.Waiting, RegistrationState.SentBack];

    public async Task<EntryWorkflow.Outcome> ApproveAsync(long id, ClaimsPrincipal user, int? number, string? stamp, string baseUrl, CancellationToken ct)
    {
        if (await LoadAsync(id, user, ct) is not ({ } registration, { } item))
        {
            return EntryWorkflow.Outcome.NotAllowed;
        }

        var outcome = workflow.Publish(item, user, number, stamp);
        if (!outcome.Done)
        {
            return outcome;
        }

        Decide(registration, item, user, RegistrationState.Published, AuditActions.RegistrationApproved, null);
        await db.SaveChangesAsync(ct);
        var slug = item.Latest.Translation(Cultures.Source)!.Slug;
        var url = baseUrl + DirectorySection.For(item.Type).DetailUrl(Cultures.Source, slug);
        outbox.Enqueue(RegistrationEmails.Published(registration.ContactEmail, registration.ContactName, registration.Title, url));
        return outcome;
    }

    public async Task<EntryWorkflow.Outcome> SendBackAsync(long id, ClaimsPrincipal user, string comment, CancellationToken ct)
    {
        if (await LoadAsync(id, user, ct) is not ({ } registration, { } item))
        {
            return EntryWorkflow.Outcome.NotAllowed;
        }

        var outcome = workflow.SendBack(item, user, comment);
        if (!outcome.Done)
        {
            return outcome;
        }

        Decide(registration, item, user, RegistrationState.SentBack, AuditActions.RegistrationSentBack, comment);
        await db.SaveChangesAsync(ct);
        outbox.Enqueue(RegistrationEmails.SentBack(registration.ContactEmail, registration.ContactName, registration.Title, comment));
        return outcome;
    }

    public async Task<EntryWorkflow.Outcome> RejectAsync(long id, ClaimsPrincipal user, string reason, CancellationToken ct)
    {
        if (await LoadAsync(id, user, ct) is not ({ } registration, { } item))
        {
            return EntryWorkflow.Outcome.NotAllowed;
        }

        Decide(registration, item, user, RegistrationState.Rejected, AuditActions.RegistrationRejected, reason);
        if (item.Published is null && item.Versions.All(v => v.PublishedUtc is null))
        {
            // Never public: the draft goes with the registration, nothing of it stays behind.
            db.ContentItems.Remove(item);
            registration.ItemId = null;
        }

        await db.SaveChangesAsync(ct);
        outbox.Enqueue(RegistrationEmails.Rejected(registration.ContactEmail, registration.ContactName, registration.Title, reason));
        return EntryWorkflow.Outcome.Ok;
    }

    /// <summary>An open registration and its entry, for a publisher; nothing for anyone else.</summary>
    private async Task<(RegistrationRecord?, ContentItem?)> LoadAsync(long id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!EditorPermissions.CanPublish(user))
        {
            return (null, null);
        }

        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == id && Open.Contains(r.State), ct);
        var item = registration?.ItemId is { } itemId ? await store.FindByIdAsync(itemId, ct) : null;
        return item is null ? (null, null) : (registration, item);
    }

    private void Decide(RegistrationRecord registration, ContentItem item, ClaimsPrincipal user, RegistrationState state, string action, string? comment)
    {
        var now = time.GetUtcNow().UtcDateTime;
        registration.State = state;
        registration.DecidedUtc = now;
        registration.DecidedBy = user.Identity?.Name;
        registration.Comment = comment;
        audit.Record(action, user.Identity?.Name, now, itemId: item.Id, version: item.Latest.Number, comment: comment);
    }
}
