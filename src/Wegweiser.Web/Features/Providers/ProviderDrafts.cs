using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Providers' drafts in review (the latest version of an entry, written by a provider account) in
/// the moderation queue: the list, and a publisher's three decisions. Each goes through
/// <see cref="EntryWorkflow"/> (checked, audited) and <see cref="EntryDecisionSaver"/> (saved, then
/// mailed to the provider), as on the entry's own page.
/// </summary>
public sealed class ProviderDrafts(WegweiserDbContext db, ContentStore store, EntryWorkflow workflow, EntryDecisionSaver saver)
{
    /// <summary>One draft in the queue: the entry as the provider submitted it, who wrote it, for which organisation.</summary>
    public sealed record Row(
        ContentType Type, string Key, string Title, string? Summary, string Author, string? AuthorEmail, string? Organisation,
        DateTime WaitingSinceUtc, bool IsLive, int Version, string Stamp);

    /// <summary>The user names of provider accounts, as a query to join with.</summary>
    public static IQueryable<string?> ProviderNames(WegweiserDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var providerRole = db.Roles.Where(r => r.Name == Roles.Provider).Select(r => r.Id);
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && providerRole.Contains(ur.RoleId))).Select(u => u.UserName);
    }

    /// <summary>Versions in review written by a provider account.</summary>
    public static IQueryable<ContentVersion> InReview(WegweiserDbContext db)
    {
        var providers = ProviderNames(db);
        return db.ContentVersions.AsNoTracking().Where(v => v.State == WorkflowState.InReview && providers.Contains(v.Author));
    }

    /// <summary>What waits, oldest first (at most 200).</summary>
    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
    {
        var waiting = await InReview(db).OrderBy(v => v.ModifiedUtc).Select(v => v.ItemId).Take(200).ToListAsync(ct);
        var items = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => waiting.Contains(i.Id)).ToListAsync(ct);
        var authors = items.Select(i => i.Latest.Author).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => authors.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName!, u => u.Email, ct);
        var organisationKeys = items.Select(OrganisationKey).OfType<string>().Distinct().ToList();
        var organisations = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => organisationKeys.Contains(i.Key)).ToListAsync(ct);
        return items
            .Where(i => i.Latest.State == WorkflowState.InReview && i.Latest.Author is not null)
            .Select(i =>
            {
                var latest = i.Latest;
                var german = latest.Translation(Cultures.Source);
                var organisation = OrganisationKey(i) is { } key ? organisations.FirstOrDefault(o => o.Key == key) : null;
                var organisationTitle = organisation is null ? OrganisationKey(i)
                    : (organisation.Published ?? organisation.Latest).Translation(Cultures.Source)?.Title ?? organisation.Key;
                return new Row(i.Type, i.Key, german?.Title ?? i.Key, german?.Field(ContentFields.Summary), latest.Author!, emails.GetValueOrDefault(latest.Author!),
                    organisationTitle, latest.ModifiedUtc, i.Published is not null, latest.Number, VersionStamp.Of(latest));
            })
            .OrderBy(r => r.WaitingSinceUtc).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Publishes the draft if it is still version <paramref name="number"/> with <paramref name="stamp"/>.</summary>
    public Task<EntryWorkflow.Outcome> PublishAsync(string key, ClaimsPrincipal user, int? number, string? stamp, string baseUrl, CancellationToken ct) =>
        DecideAsync(key, user, EntryDecisionKind.Published, null, item => workflow.Publish(item, user, number, stamp), baseUrl, ct);

    public Task<EntryWorkflow.Outcome> SendBackAsync(string key, ClaimsPrincipal user, string comment, string baseUrl, CancellationToken ct) =>
        DecideAsync(key, user, EntryDecisionKind.SentBack, comment, item => workflow.SendBack(item, user, comment), baseUrl, ct);

    /// <summary>Closes the draft (see <see cref="ContentItem.RejectInReview"/>): the published text stays as it is.</summary>
    public Task<EntryWorkflow.Outcome> RejectAsync(string key, ClaimsPrincipal user, string reason, string baseUrl, CancellationToken ct) =>
        DecideAsync(key, user, EntryDecisionKind.Rejected, reason, item => workflow.Reject(item, user, reason), baseUrl, ct);

    private static string? OrganisationKey(ContentItem item) =>
        item.Type == ContentType.Organisation ? item.Key : item.Latest.Data.Organisation;

    private async Task<EntryWorkflow.Outcome> DecideAsync(
        string key, ClaimsPrincipal user, EntryDecisionKind kind, string? comment, Func<ContentItem, EntryWorkflow.Outcome> step, string baseUrl, CancellationToken ct)
    {
        if (!EditorPermissions.CanPublish(user) || !Slug.IsValid(key) || await store.FindByKeyAsync(key, ct) is not { Versions.Count: > 0 } item)
        {
            return EntryWorkflow.Outcome.NotAllowed;
        }

        // Only what this queue shows: a provider's version in review. Anything else is decided on the entry's page.
        var latest = item.Latest;
        if (latest.State != WorkflowState.InReview)
        {
            return EntryWorkflow.Outcome.InState(latest.State);
        }

        if (latest.Author is null || !await ProviderNames(db).AnyAsync(n => n == latest.Author, ct))
        {
            return EntryWorkflow.Outcome.NotAllowed;
        }

        var outcome = step(item);
        if (outcome.Done)
        {
            await saver.SaveAsync([new EntryDecision(item, latest, kind, comment)], baseUrl, ct);
        }

        return outcome;
    }
}
