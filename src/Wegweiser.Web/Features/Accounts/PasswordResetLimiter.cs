using System.Threading.RateLimiting;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Limits "Passwort vergessen?": per email address (3 emails an hour, silently: the page answers
/// the same, so nobody learns whether the address has an account) and per client address
/// (10 requests in 15 minutes, with a message), so the form cannot flood anyone's inbox.
/// </summary>
public sealed class PasswordResetLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perEmail = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = 3, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

    private readonly PartitionedRateLimiter<string> _perClient = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(15), QueueLimit = 0 }));

    public bool TryAcquireForClient(string clientKey)
    {
        using var lease = _perClient.AttemptAcquire(clientKey);
        return lease.IsAcquired;
    }

    public bool TryAcquireForEmail(string email)
    {
        using var lease = _perEmail.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _perEmail.Dispose();
        _perClient.Dispose();
    }
}
