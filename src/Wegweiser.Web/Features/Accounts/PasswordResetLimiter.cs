using System.Threading.RateLimiting;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Limits "Passwort vergessen?" per email address: 3 emails an hour, silently (the page answers
/// the same, so nobody learns whether the address has an account), so the form cannot flood
/// anyone's inbox. The limit per client address is the site's rate limiter
/// (<c>Wegweiser:RateLimits:PasswordReset</c>).
/// </summary>
public sealed class PasswordResetLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perEmail = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = 3, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

    public bool TryAcquireForEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        using var lease = _perEmail.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _perEmail.Dispose();
}
