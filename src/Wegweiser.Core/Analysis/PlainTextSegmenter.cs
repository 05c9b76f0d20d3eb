using System.Text;
using System.Text.RegularExpressions;

namespace Wegweiser.Core.Analysis;

/// <summary>
/// Turns an editor's text (plain text or light Markdown) into sentences. Markdown marks are
/// stripped; headings are left out (they are labels, not prose); every list item is one sentence
/// whether or not it ends with a full stop; blank lines only separate paragraphs. So the same words
/// give the same sentences however they are laid out.
/// </summary>
public static partial class PlainTextSegmenter
{
    /// <summary>Abbreviations with a full stop after which a sentence does not end.</summary>
    private static readonly HashSet<string> NoSentenceEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "z", "b", "d", "h", "u", "a", "bzw", "ggf", "evtl", "ca", "usw", "etc", "inkl", "zzgl", "vgl",
        "i", "r", "o", "ä", "nr", "str", "tel", "max", "min", "dr", "prof", "hr", "fr",
        "jan", "feb", "apr", "aug", "sept", "okt", "nov", "dez", "abs", "s",
    };

    public static IReadOnlyList<string> Sentences(string? text)
    {
        var sentences = new List<string>();
        foreach (var unit in Units(text ?? ""))
        {
            sentences.AddRange(Split(Inline(unit)));
        }

        return sentences;
    }

    /// <summary>Paragraphs (soft-wrapped lines joined) and list items, without headings.</summary>
    private static IEnumerable<string> Units(string text)
    {
        var paragraph = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            var item = ListMarker().Match(line);
            if (line.Length == 0 || line.StartsWith('#') || item.Success || HorizontalRule().IsMatch(line))
            {
                if (paragraph.Length > 0)
                {
                    yield return paragraph.ToString();
                    paragraph.Clear();
                }

                if (item.Success)
                {
                    yield return line[item.Length..];
                }

                continue;
            }

            paragraph.Append(paragraph.Length > 0 ? " " : "").Append(line.TrimStart('>').Trim());
        }

        if (paragraph.Length > 0)
        {
            yield return paragraph.ToString();
        }
    }

    /// <summary>Links keep their words, addresses and emphasis marks go.</summary>
    private static string Inline(string unit)
    {
        var s = MarkdownLink().Replace(unit, "$1");
        s = Address().Replace(s, " ");
        s = Emphasis().Replace(s, "");
        return Spaces().Replace(s, " ").Trim();
    }

    private static IEnumerable<string> Split(string unit)
    {
        var start = 0;
        for (var i = 0; i < unit.Length; i++)
        {
            if (unit[i] is not ('.' or '!' or '?') || !EndsHere(unit, i))
            {
                continue;
            }

            var sentence = unit[start..(i + 1)].Trim();
            if (HasWord(sentence))
            {
                yield return sentence;
            }

            start = i + 1;
        }

        var rest = unit[start..].Trim();
        if (HasWord(rest))
        {
            yield return rest;
        }
    }

    private static bool EndsHere(string unit, int i)
    {
        if (i + 1 < unit.Length && !char.IsWhiteSpace(unit[i + 1]) && unit[i + 1] is not ('"' or '“' or '”' or ')'))
        {
            return false; // "12.5." or "www.x"
        }

        if (unit[i] != '.')
        {
            return true;
        }

        var before = i;
        while (before > 0 && char.IsLetterOrDigit(unit[before - 1]))
        {
            before--;
        }

        var word = unit[before..i];
        // "1. Juli" and "z. B." do not end a sentence.
        return word.Length == 0 || (!word.All(char.IsDigit) && !NoSentenceEnd.Contains(word));
    }

    private static bool HasWord(string s) => s.Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"^([-*+•–]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^([-*_]\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(https?://|www\.)\S*[^\s.,;:!?)]|\S+@\S+\.[^\s.,;:!?)]+")]
    private static partial Regex Address();

    [GeneratedRegex(@"(\*\*|__|\*|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
