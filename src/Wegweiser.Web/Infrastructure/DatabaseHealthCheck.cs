using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure;

/// <summary>Healthy when the database answers; used by <c>/healthz</c>.</summary>
public sealed class DatabaseHealthCheck(WegweiserDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database reachable")
            : HealthCheckResult.Unhealthy("database not reachable");
}
