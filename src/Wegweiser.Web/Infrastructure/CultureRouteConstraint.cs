using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Matches only the site's configured cultures in <c>{culture:culture}</c>. As a literal policy it
/// also tells the route matcher that <c>admin</c>, <c>konto</c>, <c>api</c> and the other fixed
/// first segments are never a culture: without it the matcher copied every public route below each
/// of them and built 7,180 states (about 7 MB) for 157 endpoints.
/// </summary>
public sealed class CultureRouteConstraint(IOptions<WegweiserOptions> options) : IRouteConstraint, IParameterLiteralNodeMatchingPolicy
{
    public bool MatchesLiteral(string parameterName, string literal) => IsSiteCulture(literal);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string culture && IsSiteCulture(culture);

    private bool IsSiteCulture(string segment) => options.Value.SiteCultures.Contains(segment);
}
