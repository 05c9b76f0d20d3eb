using System.Text;

namespace Wegweiser.Web.Features.TakeAlong;

/// <summary>
/// Writes one vCard 4.0 (RFC 6350): CRLF line ends, text values escaped, content lines folded
/// so that no line is longer than 75 octets, without splitting a UTF-8 character.
/// </summary>
public sealed class VCardBuilder
{
    private const int MaxLineOctets = 75;

    private readonly StringBuilder _text = new();

    public VCardBuilder()
    {
        Line("BEGIN:VCARD");
        Line("VERSION:4.0");
    }

    /// <summary>A property with a text value; commas, semicolons, backslashes and line breaks are escaped.</summary>
    public VCardBuilder Text(string name, string? value, params string[] parameters)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Property(name, parameters, Escape(value.Trim()));
        }

        return this;
    }

    /// <summary>A property whose value has components (ADR, ORG): each component is escaped, then joined by semicolons.</summary>
    public VCardBuilder Structured(string name, IReadOnlyList<string?> components, params string[] parameters)
    {
        if (components.Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            Property(name, parameters, string.Join(';', components.Select(c => Escape(c?.Trim() ?? ""))));
        }

        return this;
    }

    /// <summary>A property whose value is a URI, written as it is (URIs are not escaped).</summary>
    public VCardBuilder Uri(string name, Uri value, params string[] parameters)
    {
        Property(name, parameters, value.AbsoluteUri);
        return this;
    }

    /// <summary>The finished vCard.</summary>
    public string Build()
    {
        Line("END:VCARD");
        return _text.ToString();
    }

    /// <summary>Escapes a text value (RFC 6350, 3.4).</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\")
        .Replace(",", "\\,")
        .Replace(";", "\\;")
        .Replace("\r\n", "\\n")
        .Replace("\n", "\\n")
        .Replace("\r", "\\n");

    /// <summary>
    /// A quoted parameter value. Double quotes and line breaks cannot stand in one, so they are
    /// written with the caret escapes of RFC 6868 (^' ^n ^^); other control characters are dropped.
    /// </summary>
    public static string QuotedParameter(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value.Replace("\r\n", "\n"))
        {
            switch (c)
            {
                case '^': builder.Append("^^"); break;
                case '"': builder.Append("^'"); break;
                case '\n' or '\r': builder.Append("^n"); break;
                case var _ when char.IsControl(c): break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private void Property(string name, string[] parameters, string value)
    {
        var head = parameters.Length == 0 ? name : $"{name};{string.Join(';', parameters)}";
        Line($"{head}:{value}");
    }

    private void Line(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var length = rune.Utf8SequenceLength;
            if (octets + length > MaxLineOctets)
            {
                // A folded line starts with one space, which counts towards its 75 octets.
                _text.Append("\r\n ");
                octets = 1;
            }

            _text.Append(rune.ToString());
            octets += length;
        }

        _text.Append("\r\n");
    }
}
