using System.Text.RegularExpressions;

namespace Wegweiser.Core.Analysis;

/// <summary>Words of a sentence, and small German word classes the plain-language rules ask about.</summary>
public static partial class GermanWords
{
    /// <summary>The words of a sentence; a hyphenated word ("Migrations-Beratung") is one word.</summary>
    public static IReadOnlyList<string> Of(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value).ToList();

    public static int Letters(string word) => word.Count(char.IsLetter);

    public static readonly IReadOnlySet<string> PassiveAuxiliaries =
        new HashSet<string>(["wird", "werden", "wurde", "wurden", "worden", "werde", "wirst", "werdet"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Negations =
        new HashSet<string>(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts", "niemand", "nirgends", "weder"], StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> NumberWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zwei"] = "2", ["drei"] = "3", ["vier"] = "4", ["fünf"] = "5", ["sechs"] = "6", ["sieben"] = "7",
        ["acht"] = "8", ["neun"] = "9", ["zehn"] = "10", ["elf"] = "11", ["zwölf"] = "12", ["dreizehn"] = "13",
        ["vierzehn"] = "14", ["fünfzehn"] = "15", ["sechzehn"] = "16", ["siebzehn"] = "17", ["achtzehn"] = "18",
        ["neunzehn"] = "19", ["zwanzig"] = "20", ["dreißig"] = "30", ["vierzig"] = "40", ["fünfzig"] = "50",
        ["hundert"] = "100", ["einhundert"] = "100", ["tausend"] = "1000", ["eintausend"] = "1000",
    };

    /// <summary>Words beginning with "ge" that are not past participles (infinitives, adjectives).</summary>
    private static readonly HashSet<string> NotParticiples =
    [
        "gehen", "geben", "gelten", "gewinnen", "genießen", "gehören", "gefallen", "genügen", "gestalten", "gewähren",
        "gestatten", "genehmigen", "gebrauchen", "geschehen", "gewöhnen", "gelingen", "geraten", "gestehen", "gedenken",
        "gerecht", "gesamt", "gesund", "gelernt", "bereit", "bestimmt", "bekannt", "beliebt", "berühmt", "vielleicht",
    ];

    /// <summary>Irregular participles after a prefix, which the patterns do not catch.</summary>
    private static readonly HashSet<string> IrregularParticiples =
        ["übernommen", "verboten", "vergeben", "unterschrieben", "erhoben", "entschieden", "besprochen", "verschoben", "bezogen", "erhalten"];

    /// <summary>Whether a lower-case word looks like a past participle ("gemacht", "angemeldet", "informiert", "bearbeitet").</summary>
    public static bool IsParticiple(string word)
    {
        if (word.Length < 5 || !char.IsLower(word[0]) || NotParticiples.Contains(word))
        {
            return false;
        }

        return IrregularParticiples.Contains(word)
            || (GePrefixed().IsMatch(word) && !AdjectiveEnding().IsMatch(word))
            || SeparablePrefixed().IsMatch(word)
            || word.EndsWith("iert", StringComparison.Ordinal)
            || InseparablePrefixed().IsMatch(word);
    }

    /// <summary>A noun of nominal style: "Beantragung", "Zuständigkeit", "Sicherheit" (and plurals).</summary>
    public static bool IsNominal(string word) =>
        word.Length > 5 && char.IsUpper(word[0]) && NominalEnding().IsMatch(word);

    /// <summary>A word marking a negation, for double negation: a negation word, "ohne", or "un…"/"verboten".</summary>
    public static bool IsNegationMarker(string lower) =>
        Negations.Contains(lower) || lower is "ohne" or "verboten" or "untersagt" || (lower.StartsWith("un", StringComparison.Ordinal) && lower.Length >= 6 && lower != "unter" && !lower.StartsWith("unter", StringComparison.Ordinal) && lower != "unsere" && !lower.StartsWith("uns", StringComparison.Ordinal));

    /// <summary>An abbreviation: 2 or more capitals ("MBE", "AsylbLG", "DeuFöV"); all-capital words of 6 or more letters are shouting, not abbreviations.</summary>
    public static bool IsAbbreviation(string part) =>
        part.Length >= 2 && part.Length <= 8 && char.IsUpper(part[0]) && part.All(char.IsLetter)
        && part.Count(char.IsUpper) is var capitals && capitals >= 2 && (part.Length <= 5 || capitals < part.Length);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^ge[a-zäöüß]{3,}(t|en)$")]
    private static partial Regex GePrefixed();

    [GeneratedRegex(@"(lichen|igen|samen|ischen|baren|eten)$")]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"^(ab|an|auf|aus|bei|durch|ein|fest|frei|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|weiter|um|dar|statt|teil)ge[a-zäöüß]{2,}(t|en)$")]
    private static partial Regex SeparablePrefixed();

    [GeneratedRegex(@"^(be|ver|er|ent|zer|über|unter|miss)[a-zäöüß]{3,}t$")]
    private static partial Regex InseparablePrefixed();

    [GeneratedRegex(@"(ung|heit|keit)(en)?$")]
    private static partial Regex NominalEnding();
}
