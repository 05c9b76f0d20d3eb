using System.Globalization;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Culture objects for the site's languages. Dates are always Gregorian: the visitors live in
/// Germany, and appointments must match the letters they get (Arabic and Farsi cultures would
/// otherwise show Hijri or Persian dates).
/// </summary>
public static class SiteCultureInfo
{
    /// <summary>Each language's name in its own language, for the language switcher.</summary>
    public static readonly IReadOnlyDictionary<string, string> Autonyms = new Dictionary<string, string>
    {
        ["de"] = "Deutsch",
        ["en"] = "English",
        ["ar"] = "العربية",
        ["fa"] = "فارسی",
        ["uk"] = "Українська",
        ["ru"] = "Русский",
        ["tr"] = "Türkçe",
    };

    public static string Autonym(string culture) =>
        Autonyms.TryGetValue(culture, out var name) ? name : CultureInfo.GetCultureInfo(culture).NativeName;

    public static CultureInfo Create(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        if (culture.Calendar is not GregorianCalendar && gregorian is not null)
        {
            culture.DateTimeFormat.Calendar = gregorian;
        }

        return culture;
    }

    /// <summary>
    /// The best of the site's cultures for an Accept-Language header ("ar-SY,ar;q=0.9,de;q=0.8"),
    /// else the first (German).
    /// </summary>
    public static string Negotiate(string? acceptLanguage, IReadOnlyList<string> siteCultures)
    {
        if (!string.IsNullOrWhiteSpace(acceptLanguage)
            && Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var values))
        {
            foreach (var value in values.Where(v => (v.Quality ?? 1) > 0).OrderByDescending(v => v.Quality ?? 1))
            {
                var language = value.Value.Value?.Split('-')[0].ToLowerInvariant();
                if (language is not null && siteCultures.Contains(language))
                {
                    return language;
                }
            }
        }

        return siteCultures[0];
    }
}
