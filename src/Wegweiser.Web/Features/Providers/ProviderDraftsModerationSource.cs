using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Providers' drafts submitted for review (versions in review written by a provider account),
/// counted since their last change. They are decided where every draft is: the entry list's
/// "in Prüfung" view and the entry's page (publish, or send back with a comment).
/// </summary>
public sealed class ProviderDraftsModerationSource(WegweiserDbContext db) : IModerationSource
{
    public const string Url = AdminLinks.Entries + "?status=in-pruefung";

    public async Task<ModerationSummary> SummaryAsync(CancellationToken ct)
    {
        var providerRole = db.Roles.Where(r => r.Name == Roles.Provider).Select(r => r.Id);
        var providers = db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && providerRole.Contains(ur.RoleId))).Select(u => u.UserName);
        var open = db.ContentVersions.AsNoTracking().Where(v => v.State == WorkflowState.InReview && providers.Contains(v.Author));
        var count = await open.CountAsync(ct);
        DateTime? oldest = count == 0 ? null : await open.OrderBy(v => v.ModifiedUtc).Select(v => v.ModifiedUtc).FirstAsync(ct);
        return new ModerationSummary("Moderation.ProviderDrafts", count, oldest, Url);
    }
}
