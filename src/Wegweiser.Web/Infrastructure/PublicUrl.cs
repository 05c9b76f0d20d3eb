using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// The one way to build absolute addresses of the site's own pages (emails, QR codes, vCards,
/// calendars, sitemap, feed, canonical and hreflang links): on <see cref="WegweiserOptions.PublicBaseUrl"/>,
/// never on the request's <c>Host</c> header, which is whatever the client sent. The setting is
/// required outside Development (see <see cref="StartupProblem"/>); only in Development without it
/// are addresses taken from the request.
/// </summary>
public static class PublicUrl
{
    /// <summary>The setting's name, as operators write it.</summary>
    public const string Setting = "Wegweiser:PublicBaseUrl";

    /// <summary>The absolute address of a site path such as <c>/de/kurse</c>.</summary>
    public static string Absolute(HttpContext context, string path) => Combine(BaseOf(context), path);

    /// <summary>The site's base address without a trailing slash: the configured one, else (Development) the request's.</summary>
    public static string BaseOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<IOptions<WegweiserOptions>>().Value.PublicBaseUrl;
        return BaseOf(context.Request, configured);
    }

    /// <summary>The configured base address without a trailing slash, else the request's.</summary>
    public static string BaseOf(HttpRequest request, string? configured)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Configured(configured) is { } baseUrl)
        {
            return baseUrl;
        }

        var host = request.Host.HasValue ? request.Host.ToUriComponent() : "localhost";
        return $"{request.Scheme}://{host}{request.PathBase.ToUriComponent()}";
    }

    /// <summary>The configured base address without a trailing slash, or null when none is set (for background jobs).</summary>
    public static string? Configured(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? null : Validate(configured);

    /// <summary>Whether the site is served over HTTPS, as the public address says (secure cookie names, HSTS).</summary>
    public static bool IsHttps(string? configured) =>
        Configured(configured) is { } baseUrl && baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static string Combine(string baseUrl, string path) => baseUrl + "/" + path.TrimStart('/');

    /// <summary>Checks a configured base address; throws with a message naming the setting.</summary>
    public static string Validate(string configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException(
                $"{Setting} must be an absolute http or https address such as https://wegweiser.example.org, not '{configured}'.");
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>
    /// Why the site must not start with this setting (German, then English), or null. Outside
    /// Development the public address is required: without it a forged <c>Host</c> header would
    /// end up in password-reset links.
    /// </summary>
    public static string? StartupProblem(string? configured, bool isDevelopment)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return isDevelopment
                ? null
                : $"Die Einstellung {Setting} fehlt. Tragen Sie die öffentliche Adresse der Website ein, zum Beispiel "
                  + "https://wegweiser.example.org (als Umgebungsvariable: Wegweiser__PublicBaseUrl). Ohne sie startet die Website nicht: "
                  + "Links in E-Mails könnten sonst auf eine fremde Seite zeigen.\n"
                  + $"The setting {Setting} is missing. Set the site's public address, e.g. https://wegweiser.example.org "
                  + "(environment variable Wegweiser__PublicBaseUrl). The site does not start without it: links in emails "
                  + "could otherwise point to another site.";
        }

        try
        {
            Validate(configured);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return $"Die Einstellung {Setting} ist keine gültige Adresse: '{configured}'. Sie muss mit http:// oder https:// beginnen, "
                + "zum Beispiel https://wegweiser.example.org.\n" + e.Message;
        }
    }
}
