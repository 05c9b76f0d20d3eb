using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Data.Registrations;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// Hourly: deletes registrations, with their contact person's name and address, some time
/// (<see cref="RegistrationOptions.DeleteAfterDays"/>) after a publisher rejected or published them,
/// or after their confirmation link expired unused; and claims of entries ("Ist das Ihr Verein?",
/// with the claimant's name, address, role and message) the same time after their decision or
/// after their link expired unused. One delete statement each: several nodes may run them at once,
/// the second simply finds nothing. Claims waiting for staff are kept until staff decide.
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
        var claims = await db.EntryClaims
            .Where(c => (c.State == EntryClaimState.AwaitingConfirmation && c.TokenExpiresUtc != null && c.TokenExpiresUtc < before)
                || ((c.State == EntryClaimState.Rejected || c.State == EntryClaimState.Approved) && c.DecidedUtc != null && c.DecidedUtc < before))
            .ExecuteDeleteAsync(ct);
        if (deleted + claims > 0)
        {
            logger.LogInformation("Deleted {Registrations} registrations and {Claims} claims after their retention time", deleted, claims);
        }

        return deleted + claims;
    }
}
