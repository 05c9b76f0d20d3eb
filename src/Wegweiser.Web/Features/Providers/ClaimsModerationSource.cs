using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>Claims that wait for a publisher's decision (no address on the entry, or one staff must judge), counted since they were made.</summary>
public sealed class ClaimsModerationSource(WegweiserDbContext db) : IModerationSource
{
    public async Task<ModerationSummary> SummaryAsync(CancellationToken ct)
    {
        var open = db.EntryClaims.AsNoTracking().Where(c => c.State == EntryClaimState.AwaitingStaff);
        var count = await open.CountAsync(ct);
        DateTime? oldest = count == 0 ? null : await open.OrderBy(c => c.CreatedUtc).Select(c => c.CreatedUtc).FirstAsync(ct);
        return new ModerationSummary("Moderation.Claims", count, oldest, AdminLinks.Claims);
    }
}
