using System.Security.Claims;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Who must sign in with a second factor (<see cref="AccountOptions.RequireTwoFactorFor"/>), and
/// whether a session did: Identity puts the claim <c>amr</c> = <c>mfa</c> into the cookie of a
/// sign-in that passed the code step, and nothing else can put it there.
/// </summary>
public sealed class TwoFactorPolicy(IOptions<WegweiserOptions> options)
{
    /// <summary>The claim type and value Identity sets on a two-factor sign-in.</summary>
    public const string MethodClaim = "amr";

    public const string MultiFactor = "mfa";

    public IReadOnlyList<string> Roles => options.Value.Accounts.TwoFactorRoles;

    public bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    public bool IsRequiredFor(ClaimsPrincipal user) => Roles.Any(user.IsInRole);

    /// <summary>Whether this session signed in with the second factor.</summary>
    public static bool UsedSecondFactor(ClaimsPrincipal user) => user.HasClaim(MethodClaim, MultiFactor);
}
