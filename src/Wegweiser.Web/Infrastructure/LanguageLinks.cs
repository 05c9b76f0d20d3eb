using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// For the current page: where the same page is in each of the site's languages, and which of
/// those really have a translation (only those are announced to search engines with hreflang).
/// Pages whose content is per item (detail pages) set this; every other page with a culture in
/// its URL gets the same path in each language.
/// </summary>
public sealed class LanguageLinks(IHttpContextAccessor http, IOptions<WegweiserOptions> options)
{
    private IReadOnlyDictionary<string, string>? _urls;
    private IReadOnlySet<string>? _translated;

    public IReadOnlyList<string> Cultures => options.Value.SiteCultures;

    /// <summary>Sets the page's address per culture and the cultures with a real translation.</summary>
    public void Set(IReadOnlyDictionary<string, string> urls, IEnumerable<string> translated)
    {
        _urls = urls;
        _translated = translated.ToHashSet();
    }

    /// <summary>The page in every culture, or an empty map when the page has no culture in its URL.</summary>
    public IReadOnlyDictionary<string, string> Urls => _urls ??= FromPath();

    public bool IsTranslated(string culture) => _translated?.Contains(culture) ?? true;

    private Dictionary<string, string> FromPath()
    {
        var request = http.HttpContext?.Request;
        var path = request?.Path.Value ?? "";
        var segments = path.Split('/', 3);
        if (request is null || segments.Length < 2 || !Cultures.Contains(segments[1]))
        {
            return [];
        }

        var rest = segments.Length > 2 ? "/" + segments[2] : "/";
        return Cultures.ToDictionary(c => c, c => $"/{c}{rest}{request.QueryString}");
    }
}
