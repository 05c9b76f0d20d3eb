using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>
/// Absolute addresses of the site's own pages, for canonical links, the sitemap and feeds: built
/// on <see cref="WegweiserOptions.PublicBaseUrl"/> when it is set, else on the request's scheme
/// and host (set the option in production: a request's host header is whatever the client sent).
/// </summary>
public static class PublicUrl
{
    /// <summary>The absolute address of a site path such as <c>/de/kurse</c>.</summary>
    public static string Absolute(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<IOptions<WegweiserOptions>>().Value.PublicBaseUrl;
        return Combine(BaseOf(context.Request, configured), path);
    }

    /// <summary>The configured base address without a trailing slash, else the request's.</summary>
    public static string BaseOf(HttpRequest request, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Validate(configured);
        }

        var host = request.Host.HasValue ? request.Host.ToUriComponent() : "localhost";
        return $"{request.Scheme}://{host}{request.PathBase.ToUriComponent()}";
    }

    public static string Combine(string baseUrl, string path) => baseUrl + "/" + path.TrimStart('/');

    /// <summary>Checks a configured base address; throws with a message naming the setting.</summary>
    public static string Validate(string configured)
    {
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException(
                $"Wegweiser:PublicBaseUrl must be an absolute http or https address such as https://wegweiser.example.org, not '{configured}'.");
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
