using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Administrators and publishers reach the admin area only once their account has two-factor
/// sign-in switched on. Checked against the database on every admin request, so switching it
/// on takes effect at once and nothing in the cookie can fake it.
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    public const string PolicyName = "TwoFactorForAdminArea";
}

/// <summary>Decides <see cref="TwoFactorRequirement"/>; other roles pass untouched.</summary>
public sealed class TwoFactorRequirementHandler(UserManager<IdentityUser> users) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if (!Roles.RequireTwoFactor.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
            return;
        }

        var user = await users.GetUserAsync(context.User);
        if (user is not null && await users.GetTwoFactorEnabledAsync(user))
        {
            context.Succeed(requirement);
        }
    }
}
