using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>Which cultures an XLIFF document may target: a culture of the site other than German.</summary>
public static class XliffCultures
{
    /// <summary>The site's spelling of <paramref name="language"/>, or null when it is not a site culture.</summary>
    public static string? SiteCulture(string language, IReadOnlyList<string> cultures) =>
        cultures.FirstOrDefault(c => string.Equals(c, language, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why <paramref name="language"/> cannot be a target (German text for people), or null when it can.</summary>
    public static string? Problem(string language, IReadOnlyList<string> cultures)
    {
        if (string.Equals(language, Cultures.Source, StringComparison.OrdinalIgnoreCase))
        {
            return "Die Zielsprache ist Deutsch ('de'), die Ausgangssprache; erwartet wird eine andere Sprache der Website.";
        }

        if (SiteCulture(language, cultures) is not null)
        {
            return null;
        }

        var others = cultures.Where(c => c != Cultures.Source).ToList();
        return others.Count == 0
            ? $"Die Zielsprache '{language}' ist keine Sprache dieser Website; sie hat außer Deutsch keine Sprachen (Einstellung Wegweiser:Cultures)."
            : $"Die Zielsprache '{language}' ist keine Sprache dieser Website (vorhanden: {string.Join(", ", others)}).";
    }
}
