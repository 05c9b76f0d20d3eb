using Microsoft.AspNetCore.Http.Features;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Pages are compressed to stay small on slow connections, except responses that carry a secret
/// (an antiforgery token) next to text the visitor typed: compressing those over HTTPS would open
/// them to BREACH-style attacks.
/// </summary>
public static class CompressionPolicy
{
    public static void DoNotCompress(HttpContext context)
    {
        if (context.Features.Get<IHttpsCompressionFeature>() is { } feature)
        {
            feature.Mode = HttpsCompressionMode.DoNotCompress;
        }
    }
}
