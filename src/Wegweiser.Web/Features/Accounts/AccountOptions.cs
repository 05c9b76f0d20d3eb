namespace Wegweiser.Web.Features.Accounts;

/// <summary>Sign-in rules for accounts. Bound from <c>Wegweiser:Accounts</c>.</summary>
public sealed class AccountOptions
{
    /// <summary>
    /// The roles that must sign in with a second factor before any <c>/admin</c> page, comma
    /// separated. By default every role that reads unpublished text or visitors' data.
    /// </summary>
    public string RequireTwoFactorFor { get; set; } = string.Join(',', Roles.TwoFactorByDefault);

    /// <summary>
    /// A session ends this many hours after its sign-in, however active it was (the sliding
    /// expiry of 8 hours without a request applies on top).
    /// </summary>
    public int AbsoluteSessionHours { get; set; } = 12;

    /// <summary>The roles of <see cref="RequireTwoFactorFor"/>, as written in <see cref="Roles"/>.</summary>
    public IReadOnlyList<string> TwoFactorRoles =>
        Names().Select(n => Roles.All.FirstOrDefault(r => string.Equals(r, n, StringComparison.OrdinalIgnoreCase))).OfType<string>().Distinct().ToList();

    /// <summary>Names in <see cref="RequireTwoFactorFor"/> that are no role, for the start-up check.</summary>
    public IReadOnlyList<string> UnknownTwoFactorRoles =>
        Names().Where(n => !Roles.All.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();

    public TimeSpan AbsoluteSessionLifetime => TimeSpan.FromHours(Math.Max(1, AbsoluteSessionHours));

    private IEnumerable<string> Names() =>
        (RequireTwoFactorFor ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
