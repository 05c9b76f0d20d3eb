namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>
/// An endpoint's answer that is already a <see cref="CachedResponse"/> the endpoint keeps itself
/// (a sitemap of a large site, built and compressed once per change). The public response cache
/// serves it with its ETag, 304 and encoding rules and keeps no second copy; where the cache is not
/// in the way (signed-in visitors, the cache turned off) it is written here by the same rules.
/// </summary>
public sealed class StoredResponseResult(CachedResponse response) : IResult
{
    public CachedResponse Response { get; } = response;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (httpContext.Features.Get<StoredResponseSlot>() is { } slot)
        {
            slot.Response = Response;
            return Task.CompletedTask;
        }

        return PublicResponseCacheMiddleware.WriteAsync(httpContext, Response, PublicResponseCacheMiddleware.MaxBrowserSeconds, "Accept-Encoding");
    }
}

/// <summary>Where the response cache, while it renders, takes a <see cref="StoredResponseResult"/>.</summary>
internal sealed class StoredResponseSlot
{
    public CachedResponse? Response { get; set; }
}
