using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Infrastructure;

/// <summary>Matches only the site's configured cultures in <c>{culture:culture}</c>.</summary>
public sealed class CultureRouteConstraint(IOptions<WegweiserOptions> options) : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string culture && options.Value.SiteCultures.Contains(culture);
}
