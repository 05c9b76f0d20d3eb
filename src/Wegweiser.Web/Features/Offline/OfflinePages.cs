using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Offline;

/// <summary>Which pages take part: the public ones (not staff, account or provider pages, not error pages).</summary>
public static class OfflinePages
{
    public static bool IsPublic(HttpContext context) =>
        ResponseCacheRules.ScopeOf(context.Request.Path) == CacheScope.Public;
}
