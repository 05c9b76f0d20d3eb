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
    public Task<ModerationSummary> SummaryAsync(CancellationToken ct) =>
        ModerationSummary.OfAsync("Moderation.ProviderDrafts", ProviderDrafts.InReview(db), v => (DateTime?)v.ModifiedUtc, ct);
}
