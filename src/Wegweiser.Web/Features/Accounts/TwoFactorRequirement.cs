using Microsoft.AspNetCore.Authorization;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The roles of <see cref="TwoFactorPolicy"/> reach the admin area only with a session that
/// signed in with the second factor: having it switched on for the account is not enough, a
/// session from a password alone (or from before it was switched on) is sent to sign in again.
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    public const string PolicyName = "TwoFactorForAdminArea";
}

/// <summary>Decides <see cref="TwoFactorRequirement"/>; other roles pass untouched.</summary>
public sealed class TwoFactorRequirementHandler(TwoFactorPolicy policy) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && (!policy.IsRequiredFor(context.User) || TwoFactorPolicy.UsedSecondFactor(context.User)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
