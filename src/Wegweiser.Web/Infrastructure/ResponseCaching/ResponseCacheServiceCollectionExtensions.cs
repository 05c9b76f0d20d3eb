namespace Wegweiser.Web.Infrastructure.ResponseCaching;

public static class ResponseCacheServiceCollectionExtensions
{
    /// <summary>The public response cache and its eviction on changes.</summary>
    public static IServiceCollection AddPublicResponseCache(this IServiceCollection services)
    {
        services.AddSingleton<PublicResponseCache>();
        services.AddPublicQueryNames();
        services.AddHostedService<ResponseCacheMaintenance>();
        return services;
    }

    /// <summary>Outermost after the request log: a stored response skips everything else.</summary>
    public static IApplicationBuilder UsePublicResponseCache(this IApplicationBuilder app) =>
        app.UseMiddleware<PublicResponseCacheMiddleware>();
}
