using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Editorial;

namespace Wegweiser.Web.Features.Registration;

/// <summary>Confirmed registrations waiting for a publisher (also those sent back), counted since their confirmation.</summary>
public sealed class RegistrationModerationSource(WegweiserDbContext db) : IModerationSource
{
    public Task<ModerationSummary> SummaryAsync(CancellationToken ct) =>
        ModerationSummary.OfAsync("Moderation.Registrations",
            db.Registrations.AsNoTracking().Where(r => RegistrationDecisions.Open.Contains(r.State)), r => r.ConfirmedUtc, ct);
}
