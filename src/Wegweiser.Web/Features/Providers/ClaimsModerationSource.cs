using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>Claims that wait for a publisher's decision (no address on the entry, or one staff must judge), counted since they were made.</summary>
public sealed class ClaimsModerationSource(WegweiserDbContext db) : IModerationSource
{
    public Task<ModerationSummary> SummaryAsync(CancellationToken ct) =>
        ModerationSummary.OfAsync("Moderation.Claims",
            db.EntryClaims.AsNoTracking().Where(c => c.State == EntryClaimState.AwaitingStaff), c => (DateTime?)c.CreatedUtc, ct, AdminLinks.Claims);
}
