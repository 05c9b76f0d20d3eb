using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Editorial;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Providers' drafts submitted for review (versions in review written by a provider account),
/// counted since their last change. They have a section of their own on the moderation queue
/// (<see cref="ProviderDrafts"/>), and can be decided on the entry's page too.
/// </summary>
public sealed class ProviderDraftsModerationSource(WegweiserDbContext db) : IModerationSource
{
    public async Task<ModerationSummary> SummaryAsync(CancellationToken ct)
    {
        var open = ProviderDrafts.InReview(db);
        var count = await open.CountAsync(ct);
        DateTime? oldest = count == 0 ? null : await open.OrderBy(v => v.ModifiedUtc).Select(v => v.ModifiedUtc).FirstAsync(ct);
        return new ModerationSummary("Moderation.ProviderDrafts", count, oldest);
    }
}
