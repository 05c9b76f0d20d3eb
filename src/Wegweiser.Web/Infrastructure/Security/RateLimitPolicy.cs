namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>The limits of <see cref="RateLimitOptions"/>; each counts per client address.</summary>
public enum RateLimitPolicy
{
    /// <summary>Not limited.</summary>
    None,
    SignIn,
    PasswordReset,
    Forms,
    Search,
    Suggestions,
    Feeds,
}
