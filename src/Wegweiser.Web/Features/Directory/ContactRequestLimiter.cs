using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// Limits contact requests per client address. Checked inside the form handler (not as
/// middleware) so a refused visitor gets the form back with their text and a clear message.
/// </summary>
public sealed class ContactRequestLimiter(IOptions<WegweiserOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.ContactRequests.PermitsPerWindow),
            Window = TimeSpan.FromMinutes(Math.Max(1, options.Value.ContactRequests.WindowMinutes)),
            QueueLimit = 0,
        }));

    public int WindowMinutes => options.Value.ContactRequests.WindowMinutes;

    public bool TryAcquire(string clientKey)
    {
        using var lease = _limiter.AttemptAcquire(clientKey);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
