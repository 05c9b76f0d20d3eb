namespace Wegweiser.Core.Content;

/// <summary>
/// The one rule for email addresses the site stores and shows: a plain <c>name@domain.tld</c>,
/// checked by a single linear pass after the length (no regular expression, so no input can make
/// it slow). Anything that could extend a <c>mailto:</c> link — <c>?</c>, <c>&amp;</c>, <c>%</c>,
/// spaces, line breaks, a second <c>@</c> — is refused.
/// </summary>
public static class EmailAddress
{
    /// <summary>The longest address SMTP carries (RFC 5321: 254 characters).</summary>
    public const int MaxLength = 254;

    private const string LocalSpecials = ".!#$'*+/=^_`{|}~-";

    /// <summary>Whether <paramref name="value"/> (trimmed) is a plain address the site accepts.</summary>
    public static bool IsValid(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var at = text.IndexOf('@');
        if (at <= 0 || at > 64 || at == text.Length - 1 || text.IndexOf('@', at + 1) >= 0)
        {
            return false;
        }

        for (var i = 0; i < at; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c)))
            {
                return false;
            }
        }

        if (text[0] == '.' || text[at - 1] == '.')
        {
            return false;
        }

        // The domain: labels of letters (also non-Latin ones), digits and hyphens, at least two labels.
        var labels = 1;
        var labelLength = 0;
        for (var i = at + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labels++;
                labelLength = 0;
            }
            else if (char.IsLetterOrDigit(c) || c == '-')
            {
                labelLength++;
            }
            else
            {
                return false;
            }
        }

        return labels >= 2 && labelLength > 0;
    }

    /// <summary>
    /// A <c>mailto:</c> link for a valid address, percent-encoded part by part; null for anything
    /// else, so no caller can build a link with extra headers (<c>?bcc=</c>) or line breaks.
    /// </summary>
    public static string? Mailto(string? value)
    {
        if (!IsValid(value))
        {
            return null;
        }

        var text = value!.Trim();
        var at = text.IndexOf('@');
        return $"mailto:{Uri.EscapeDataString(text[..at])}@{Uri.EscapeDataString(text[(at + 1)..])}";
    }
}
