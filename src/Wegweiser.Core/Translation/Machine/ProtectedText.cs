using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Wegweiser.Core.Translation.Machine;

/// <summary>
/// An editor's Markdown text prepared for a machine translation service. Everything that must come
/// back byte for byte — line structure, list and heading markers, emphasis, links and their
/// addresses, email addresses, phone numbers and other numbers, fixed terms — is replaced by
/// placeholders <c>&lt;x id="n"/&gt;</c>, which both DeepL (<c>tag_handling=xml</c>) and
/// LibreTranslate (<c>format=html</c>) leave alone. Only the words between them are translated.
/// Each line is its own segment, so a service cannot join or reorder lines; lines without words
/// (code, blank lines, a bare link) are not sent at all.
/// </summary>
public sealed partial class ProtectedText
{
    private readonly List<Line> _lines = [];
    private readonly List<string> _originals = [];

    private ProtectedText()
    {
    }

    /// <summary>The segments to send, in order: XML-escaped text with placeholders.</summary>
    public IReadOnlyList<string> Segments => _lines.Where(l => l.Body is not null).Select(l => l.Body!).ToList();

    /// <summary>Prepares <paramref name="text"/>, protecting <paramref name="terms"/> (longest first) besides the structure.</summary>
    public static ProtectedText Protect(string text, IReadOnlyCollection<ProtectedTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var result = new ProtectedText();
        var termPattern = TermPattern(terms);
        var renderings = terms.GroupBy(t => t.German, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Rendering, StringComparer.Ordinal);
        var inFence = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            var end = raw.Length == line.Length ? "" : "\r";
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                result._lines.Add(new Line(raw, null, ""));
                continue;
            }

            if (inFence)
            {
                result._lines.Add(new Line(raw, null, ""));
                continue;
            }

            var prefix = BlockPrefix().Match(line).Value;
            var rest = line[prefix.Length..];
            var trimmed = rest.TrimEnd();
            var suffix = rest[trimmed.Length..] + end;
            var body = result.Mask(trimmed, termPattern, renderings);
            if (!HasWords(body))
            {
                result._lines.Add(new Line(raw, null, ""));
                continue;
            }

            result._lines.Add(new Line(prefix, body, suffix));
        }

        return result;
    }

    /// <summary>
    /// Puts the text together again from the translated segments (one per <see cref="Segments"/>
    /// entry, in order), each placeholder replaced by what it stood for. A placeholder the service
    /// lost is appended to its line, so no link or number is ever dropped.
    /// </summary>
    public string Restore(IReadOnlyList<string> translated)
    {
        ArgumentNullException.ThrowIfNull(translated);
        if (translated.Count != Segments.Count)
        {
            throw new ArgumentException($"Expected {Segments.Count} segments, got {translated.Count}.", nameof(translated));
        }

        var builder = new StringBuilder();
        var next = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var line = _lines[i];
            if (line.Body is null)
            {
                builder.Append(line.Prefix);
                continue;
            }

            builder.Append(line.Prefix).Append(RestoreSegment(line.Body, translated[next++])).Append(line.Suffix);
        }

        return builder.ToString();
    }

    private string RestoreSegment(string sent, string translated)
    {
        var expected = Placeholder().Matches(sent).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var seen = new HashSet<int>();
        var builder = new StringBuilder();
        var position = 0;
        foreach (Match match in Placeholder().Matches(translated))
        {
            builder.Append(WebUtility.HtmlDecode(translated[position..match.Index]));
            var id = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (expected.Contains(id))
            {
                builder.Append(_originals[id]);
                seen.Add(id);
            }

            position = match.Index + match.Length;
        }

        builder.Append(WebUtility.HtmlDecode(translated[position..]));
        var text = builder.ToString().Trim();
        foreach (var lost in expected.Where(id => !seen.Contains(id)))
        {
            text += " " + _originals[lost];
        }

        return text;
    }

    private string Mask(string text, Regex? termPattern, Dictionary<string, string> renderings)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var (index, length, restored) in Tokens(text, termPattern, renderings))
        {
            builder.Append(Escape(text[position..index]));
            builder.Append("<x id=\"").Append(_originals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\"/>");
            _originals.Add(restored);
            position = index + length;
        }

        builder.Append(Escape(text[position..]));
        return builder.ToString();
    }

    /// <summary>The protected stretches of a line, left to right, without overlaps.</summary>
    private static IEnumerable<(int Index, int Length, string Restored)> Tokens(string text, Regex? termPattern, Dictionary<string, string> renderings)
    {
        var found = new List<(int Index, int Length, string Restored)>();
        void Add(Match m, string restored)
        {
            if (!found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length))
            {
                found.Add((m.Index, m.Length, restored));
            }
        }

        // Order matters: what is taken first (code, links, addresses) is not split by later patterns.
        foreach (Match m in Structure().Matches(text))
        {
            Add(m, m.Value);
        }

        if (termPattern is not null)
        {
            foreach (Match m in termPattern.Matches(text))
            {
                Add(m, renderings[m.Value]);
            }
        }

        foreach (Match m in Number().Matches(text))
        {
            Add(m, m.Value);
        }

        foreach (Match m in Emphasis().Matches(text))
        {
            Add(m, m.Value);
        }

        return found.OrderBy(f => f.Index);
    }

    private static Regex? TermPattern(IReadOnlyCollection<ProtectedTerm> terms)
    {
        var words = terms.Select(t => t.German).Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
        return words.Count == 0 ? null
            : new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', words) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static bool HasWords(string masked) => Placeholder().Replace(masked, "").Any(char.IsLetter);

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private sealed record Line(string Prefix, string? Body, string Suffix);

    /// <summary>Block markers at the start of a line: indentation, headings, list items, quotes.</summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$))*")]
    private static partial Regex BlockPrefix();

    /// <summary>Inline code, link brackets and targets, autolinks, web addresses, email addresses, table pipes.</summary>
    [GeneratedRegex(@"`[^`]+`|!?\[|\]\([^)\s]*(?:\s+""[^""]*"")?\)|\]|<(?:https?://|mailto:)[^>\s]+>|(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'""]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\|")]
    private static partial Regex Structure();

    /// <summary>Phone numbers, dates, times and other numbers, with their separators.</summary>
    [GeneratedRegex(@"\+?\d(?:[\d/().:,-]|[ \t](?=[\d(]))*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"\*{1,3}|~~|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])|\\")]
    private static partial Regex Emphasis();

    /// <summary>A placeholder as the services give it back (self-closing, or opened and closed).</summary>
    [GeneratedRegex(@"<x\s+id\s*=\s*[""']?(\d+)[""']?\s*/?>(?:\s*</x>)?")]
    private static partial Regex Placeholder();
}
