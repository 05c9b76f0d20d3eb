namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// Limits per client address (after the forwarded headers of known proxies), bound from
/// <c>Wegweiser:RateLimits</c>, e.g. <c>Wegweiser:RateLimits:Search:PermitLimit</c>. Which
/// requests each limit counts is written once in <see cref="RateLimitRules"/>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Off only for benchmarks and tests that load the site from one address.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Password and code steps of the sign-in together: 10 tries in 15 minutes.</summary>
    public RateLimitRule SignIn { get; set; } = new(10, 15 * 60);

    /// <summary>"Passwort vergessen?" and setting the new password: 10 in 15 minutes.</summary>
    public RateLimitRule PasswordReset { get; set; } = new(10, 15 * 60);

    /// <summary>The public forms (contact requests, "Fehler melden"): 5 in 15 minutes.</summary>
    public RateLimitRule Forms { get; set; } = new(5, 15 * 60);

    /// <summary>The search page and the search API: 60 a minute.</summary>
    public RateLimitRule Search { get; set; } = new(60, 60);

    /// <summary>Suggestions while typing (one request per key): 180 a minute.</summary>
    public RateLimitRule Suggestions { get; set; } = new(180, 60);

    /// <summary>Sitemaps and feeds: 30 a minute.</summary>
    public RateLimitRule Feeds { get; set; } = new(30, 60);
}
