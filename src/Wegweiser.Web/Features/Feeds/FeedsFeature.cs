namespace Wegweiser.Web.Features.Feeds;

/// <summary>The machine-readable side: robots.txt, the sitemap index and per-culture sitemaps, the Atom feeds.</summary>
public static class FeedsFeature
{
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddSingleton<SitemapDocuments>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        FeedsEndpoints.Map(app);
        return app;
    }
}
