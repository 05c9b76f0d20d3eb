namespace Wegweiser.Web.Features.Feeds;

/// <summary>The machine-readable side: robots.txt, the sitemap index and per-culture sitemaps, the Atom feeds.</summary>
public static class FeedsFeature
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        FeedsEndpoints.Map(app);
        return app;
    }
}
