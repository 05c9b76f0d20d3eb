using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// A signed-in administrator or publisher without two-factor sign-in who asks for an admin page
/// is sent to set it up (and back afterwards) instead of seeing "access denied".
/// </summary>
public sealed class TwoFactorRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorRequirement>().Any() == true)
        {
            var back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect(TwoFactorSetupModel.Path + "?ReturnUrl=" + Uri.EscapeDataString(back));
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
