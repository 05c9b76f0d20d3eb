using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// A signed-in staff member whose session lacks the second factor and who asks for an admin page
/// is sent on instead of seeing "access denied": to set it up when the account has none yet, else
/// to sign in again with the code (and back afterwards).
/// </summary>
public sealed class TwoFactorRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorRequirement>().Any() == true)
        {
            var back = Uri.EscapeDataString(context.Request.Path + context.Request.QueryString);
            var users = context.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.GetUserAsync(context.User);
            if (user is not null && await users.GetTwoFactorEnabledAsync(user))
            {
                await context.RequestServices.GetRequiredService<SignInManager<IdentityUser>>().SignOutAsync();
                context.Response.Redirect(SignInModel.Path + "?ReturnUrl=" + back);
                return;
            }

            context.Response.Redirect(TwoFactorSetupModel.Path + "?ReturnUrl=" + back);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
