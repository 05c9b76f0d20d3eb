using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Editorial;

namespace Wegweiser.Web.Features.Registration;

/// <summary>Confirmed registrations waiting for a publisher (also those sent back), counted since their confirmation.</summary>
public sealed class RegistrationModerationSource(WegweiserDbContext db) : IModerationSource
{
    public async Task<ModerationSummary> SummaryAsync(CancellationToken ct)
    {
        var open = db.Registrations.AsNoTracking().Where(r => RegistrationDecisions.Open.Contains(r.State));
        var count = await open.CountAsync(ct);
        var oldest = count == 0 ? null : await open.OrderBy(r => r.ConfirmedUtc).Select(r => r.ConfirmedUtc).FirstOrDefaultAsync(ct);
        return new ModerationSummary("Moderation.Registrations", count, oldest);
    }
}
