using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Data.Registrations;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// Hourly: deletes registrations, with their contact person's name and address, some time
/// (<see cref="RegistrationOptions.DeleteAfterDays"/>) after a publisher rejected or published them,
/// or after their confirmation link expired unused. One delete statement: several nodes may run it
/// at once, the second simply finds nothing.
/// </summary>
public sealed class RegistrationCleanupJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<RegistrationOptions> options, ILogger<RegistrationCleanupJob> logger)
    : HourlyJob(time, logger)
{
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var before = Time.GetUtcNow().UtcDateTime - options.Value.DeleteAfter;
        var deleted = await db.Registrations
            .Where(r => (r.State == RegistrationState.Unconfirmed && r.ExpiresUtc < before)
                || ((r.State == RegistrationState.Rejected || r.State == RegistrationState.Published) && r.DecidedUtc != null && r.DecidedUtc < before))
            .ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Registrations} registrations after their retention time", deleted);
        }

        return deleted;
    }
}
