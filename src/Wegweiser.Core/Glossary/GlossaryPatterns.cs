using System.Text.RegularExpressions;

namespace Wegweiser.Core.Glossary;

/// <summary>
/// The forms in which a glossary term is found in a text: its abbreviation (exact case) and its
/// title (any case). A title's bracketed part gives further forms: "Interkulturelle Woche(n)" is
/// found as "Interkulturelle Woche" and "Interkulturelle Wochen"; a translated title
/// "Department for … (Aussiedler- und Ausländerwesen)" as its own words and as the German name.
/// The title of an abbreviation with a dot ("S." for "Seite", "vgl.") is an everyday word and is
/// not looked for.
/// </summary>
public static partial class GlossaryPatterns
{
    public static IEnumerable<GlossaryPattern> For(string termKey, string? abbreviation, IEnumerable<string> titles)
    {
        var forms = new List<GlossaryPattern>();
        if (!string.IsNullOrWhiteSpace(abbreviation))
        {
            forms.Add(new GlossaryPattern(termKey, abbreviation.Trim(), CaseSensitive: true));
            if (abbreviation.TrimEnd().EndsWith('.'))
            {
                return forms;
            }
        }

        foreach (var title in titles.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            forms.AddRange(TitleForms(title).Distinct().Select(f => new GlossaryPattern(termKey, f, CaseSensitive: false)));
        }

        return forms.DistinctBy(f => (f.Text, f.CaseSensitive));
    }

    private static IEnumerable<string> TitleForms(string title)
    {
        var brackets = Bracket().Matches(title);
        if (brackets.Count == 0)
        {
            yield return Clean(title);
            yield break;
        }

        yield return Clean(Bracket().Replace(title, " "));
        foreach (Match bracket in brackets)
        {
            var inner = bracket.Groups["inner"].Value;
            // "Woche(n)": an ending written onto the word; "Name (German name)": another name.
            if (bracket.Groups["space"].Length == 0 && bracket.Index > 0)
            {
                yield return Clean(title.Remove(bracket.Index, bracket.Length).Insert(bracket.Index, inner));
            }
            else if (inner.Length >= 3)
            {
                yield return Clean(inner);
            }
        }
    }

    private static string Clean(string form) => Spaces().Replace(form, " ").Trim(' ', '-', '–', ',', ':');

    [GeneratedRegex(@"(?<space>\s*)\((?<inner>[^()]*)\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
