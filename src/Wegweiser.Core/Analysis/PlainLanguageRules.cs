namespace Wegweiser.Core.Analysis;

/// <summary>
/// The maintained rules and word lists of the plain-language check, read from the embedded
/// files <c>plain-language-rules.txt</c>, <c>plain-language-words.txt</c> and
/// <c>plain-language-abbreviations.txt</c>.
/// </summary>
public sealed class PlainLanguageRules
{
    public const string LongSentence = "long-sentence";
    public const string LongWord = "long-word";
    public const string Compound = "compound";
    public const string LongWordShare = "long-word-share";
    public const string Passive = "passive";
    public const string NominalStyle = "nominal-style";
    public const string Negation = "negation";
    public const string DoubleNegation = "double-negation";
    public const string NumberWord = "number-word";
    public const string Abbreviation = "abbreviation";
    public const string DottedAbbreviation = "dotted-abbreviation";
    public const string BureaucraticWord = "bureaucratic-word";

    private static readonly Lazy<PlainLanguageRules> Lazy = new(Load);

    public static PlainLanguageRules Maintained => Lazy.Value;

    public required IReadOnlyDictionary<string, PlainLanguageRule> Rules { get; init; }

    /// <summary>Bureaucratic or foreign words and phrases with their plainer alternative.</summary>
    public required IReadOnlyList<(string Word, string Plain)> Words { get; init; }

    /// <summary>Abbreviations everyone knows (never reported).</summary>
    public required IReadOnlySet<string> CommonAbbreviations { get; init; }

    /// <summary>Abbreviations with a full stop ("z. B.") and what to write instead.</summary>
    public required IReadOnlyList<(string Abbreviation, string Plain)> DottedAbbreviations { get; init; }

    public PlainLanguageRule this[string id] => Rules[id];

    public int Limit(string id) => Rules[id].Limit ?? 0;

    private static PlainLanguageRules Load()
    {
        var rules = GermanWordLists.Lines("plain-language-rules.txt").Select(ParseRule).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var words = GermanWordLists.Lines("plain-language-words.txt").Select(Pair).ToList();
        var abbreviations = GermanWordLists.Lines("plain-language-abbreviations.txt");
        return new PlainLanguageRules
        {
            Rules = rules,
            Words = words,
            CommonAbbreviations = abbreviations.Where(a => !a.Contains('=')).ToHashSet(StringComparer.Ordinal),
            DottedAbbreviations = abbreviations.Where(a => a.Contains('=')).Select(Pair).OrderByDescending(p => p.Word.Length).ToList(),
        };
    }

    private static PlainLanguageRule ParseRule(string line)
    {
        var f = line.Split('|').Select(s => s.Trim()).ToArray();
        if (f.Length != 6)
        {
            throw new InvalidOperationException($"plain-language-rules.txt: six fields expected in \"{line}\".");
        }

        return new PlainLanguageRule(f[0], int.TryParse(f[1], out var limit) ? limit : null, f[2] == "Problem", f[3], f[4], f[5]);
    }

    private static (string Word, string Plain) Pair(string line)
    {
        var at = line.IndexOf(" = ", StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException($"Plain-language list: \"word = plain\" expected in \"{line}\".")
            : (line[..at].Trim(), line[(at + 3)..].Trim());
    }
}
