using System.Text;
using System.Text.RegularExpressions;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

/// <summary>
/// A strict reader of one vCard 4.0 (RFC 6350, with RFC 6868 parameter escapes), written for the
/// tests because no vCard parser is served here. It reports every deviation rather than
/// tolerating it: line ends, line length in octets, folding, the order of BEGIN and VERSION, the
/// grammar of names and parameters, escaping of text values, cardinalities and value formats.
/// </summary>
public static partial class VCardChecker
{
    private const int MaxLineOctets = 75;

    [GeneratedRegex("^(?:[A-Za-z0-9-]+\\.)?([A-Za-z0-9-]+)$")]
    private static partial Regex GroupAndName();

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex Token();

    /// <summary>Reads and checks the vCard; <paramref name="problems"/> lists every deviation found.</summary>
    public static IReadOnlyList<VCardProperty> Read(byte[] octets, out List<string> problems)
    {
        problems = [];
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        if (octets.Length >= 3 && octets[0] == 0xEF && octets[1] == 0xBB && octets[2] == 0xBF)
        {
            problems.Add("starts with a byte order mark");
        }

        var physical = SplitCrlf(octets, problems);
        var logical = new List<string>();
        for (var i = 0; i < physical.Count; i++)
        {
            var line = physical[i];
            if (line.Length > MaxLineOctets)
            {
                problems.Add($"line {i + 1} has {line.Length} octets (more than {MaxLineOctets})");
            }

            string text;
            try
            {
                // Each physical line must be valid UTF-8 on its own: folding must not split a character.
                text = strictUtf8.GetString(line);
            }
            catch (DecoderFallbackException)
            {
                problems.Add($"line {i + 1} is not valid UTF-8 on its own (a character split by folding?)");
                text = Encoding.UTF8.GetString(line);
            }

            if (text.Length > 0 && (text[0] == ' ' || text[0] == '\t'))
            {
                if (logical.Count == 0)
                {
                    problems.Add("the first line is a continuation line");
                    continue;
                }

                logical[^1] += text[1..];
            }
            else if (text.Length == 0)
            {
                problems.Add($"line {i + 1} is empty");
            }
            else
            {
                logical.Add(text);
            }
        }

        if (logical.Count < 3)
        {
            problems.Add("fewer than three content lines");
            return [];
        }

        if (logical[0] != "BEGIN:VCARD") problems.Add($"first line is '{logical[0]}', not BEGIN:VCARD");
        if (logical[1] != "VERSION:4.0") problems.Add($"second line is '{logical[1]}', not VERSION:4.0");
        if (logical[^1] != "END:VCARD") problems.Add($"last line is '{logical[^1]}', not END:VCARD");

        var properties = new List<VCardProperty>();
        foreach (var line in logical)
        {
            if (Parse(line, problems) is { } property)
            {
                properties.Add(property);
            }
        }

        CheckProperties(properties, problems);
        return properties;
    }

    public static string Unescape(string raw)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length)
            {
                i++;
                builder.Append(raw[i] is 'n' or 'N' ? '\n' : raw[i]);
            }
            else
            {
                builder.Append(raw[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits at separators not escaped by a backslash; the parts keep their escapes.</summary>
    public static IReadOnlyList<string> SplitUnescaped(string raw, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length)
            {
                current.Append(raw[i]).Append(raw[i + 1]);
                i++;
            }
            else if (raw[i] == separator)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(raw[i]);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static List<byte[]> SplitCrlf(byte[] octets, List<string> problems)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < octets.Length; i++)
        {
            if (octets[i] == '\r')
            {
                if (i + 1 >= octets.Length || octets[i + 1] != '\n')
                {
                    problems.Add($"bare CR at octet {i}");
                    continue;
                }

                lines.Add(octets[start..i]);
                start = i + 2;
                i++;
            }
            else if (octets[i] == '\n')
            {
                problems.Add($"bare LF at octet {i}");
            }
        }

        if (start != octets.Length)
        {
            problems.Add("the last line does not end with CRLF");
            lines.Add(octets[start..]);
        }

        return lines;
    }

    /// <summary>contentline = [group "."] name *(";" param) ":" value (RFC 6350, 3.3).</summary>
    private static VCardProperty? Parse(string line, List<string> problems)
    {
        // The name and parameters end at the first colon outside a quoted parameter value.
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) { colon = i; break; }
        }

        if (colon < 0)
        {
            problems.Add($"no colon outside quotes in '{line}'");
            return null;
        }

        var head = line[..colon];
        var value = line[(colon + 1)..];
        var parts = SplitOutsideQuotes(head, ';');
        var nameMatch = GroupAndName().Match(parts[0]);
        if (!nameMatch.Success)
        {
            problems.Add($"'{parts[0]}' is not a property name");
            return null;
        }

        var name = nameMatch.Groups[1].Value.ToUpperInvariant();
        var parameters = new List<(string, string)>();
        foreach (var parameter in parts.Skip(1))
        {
            var equals = parameter.IndexOf('=');
            if (equals <= 0 || !Token().IsMatch(parameter[..equals]))
            {
                problems.Add($"{name}: '{parameter}' is not a parameter");
                continue;
            }

            var paramValue = parameter[(equals + 1)..];
            foreach (var single in SplitOutsideQuotes(paramValue, ','))
            {
                CheckParameterValue(name, single, problems);
            }

            parameters.Add((parameter[..equals].ToUpperInvariant(), UnquoteParameter(paramValue)));
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && c != '\t')
            {
                problems.Add($"{name}: control character U+{(int)c:X4} in the value");
            }
        }

        return new VCardProperty(name, parameters, value);
    }

    /// <summary>param-value = *SAFE-CHAR / DQUOTE *QSAFE-CHAR DQUOTE; a caret starts an RFC 6868 escape.</summary>
    private static void CheckParameterValue(string property, string value, List<string> problems)
    {
        var isQuoted = value.Length >= 2 && value[0] == '"' && value[^1] == '"';
        var inner = isQuoted ? value[1..^1] : value;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            var allowed = isQuoted ? c != '"' && (c == ' ' || c == '\t' || c >= 0x21) && c != 0x7F : c != '"' && c != ';' && c != ':' && c != ',' && (c == ' ' || c == '\t' || c >= 0x21) && c != 0x7F;
            if (!allowed)
            {
                problems.Add($"{property}: character '{c}' not allowed in parameter value {value}");
            }

            if (c == '^' && (i + 1 >= inner.Length || inner[i + 1] is not ('^' or 'n' or '\'')))
            {
                problems.Add($"{property}: caret not followed by ^, n or ' in parameter value {value}");
            }
            else if (c == '^')
            {
                i++;
            }
        }
    }

    private static string UnquoteParameter(string value)
    {
        var inner = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
        return inner.Replace("^n", "\n").Replace("^'", "\"").Replace("^^", "^");
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == separator && !quoted)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
