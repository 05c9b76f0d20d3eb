using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The one place that puts the admin area (every endpoint under <c>/admin</c>) behind
/// <see cref="TwoFactorRequirement"/>, on top of each page's own role check.
/// </summary>
public static class TwoFactorAdminArea
{
    public static IServiceCollection AddTwoFactorForAdminArea(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, TwoFactorRequirementHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorRedirect>();
        services.AddAuthorizationBuilder()
            .AddPolicy(TwoFactorRequirement.PolicyName, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorRequirement()));
        return services;
    }

    /// <summary>Adds the two-factor policy to each endpoint whose route starts with <c>admin</c>.</summary>
    public static TBuilder RequireTwoFactorForAdminArea<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern: var pattern } && IsAdminArea(pattern))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(TwoFactorRequirement.PolicyName));
            }
        });
        return builder;
    }

    private static bool IsAdminArea(RoutePattern pattern) =>
        pattern.PathSegments.Count > 0
        && pattern.PathSegments[0].Parts is [RoutePatternLiteralPart { Content: var first }]
        && string.Equals(first, "admin", StringComparison.OrdinalIgnoreCase);
}
