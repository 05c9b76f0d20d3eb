using System.Text;

namespace Wegweiser.Web.Features.TakeAlong;

/// <summary>
/// Turns a phone number as editors write it ("+49 3628 738-0", "03628 7380") into a global
/// <c>tel:</c> URI (RFC 3966) that phones dial from anywhere: "tel:+49-3628-738-0".
/// </summary>
public static class TelephoneUri
{
    /// <summary>The country code for numbers written with a leading trunk 0 (the site is German).</summary>
    private const string CountryCode = "49";

    /// <summary>The URI, or null when the number has no area or country code to make it global.</summary>
    public static string? From(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        // "+49 (0) 3628" writes the trunk 0 that one must not dial from abroad.
        var text = phone.Trim().Replace("(0)", " ");
        string prefix;
        if (text.StartsWith('+'))
        {
            prefix = "+";
            text = text[1..];
        }
        else if (text.StartsWith("00", StringComparison.Ordinal))
        {
            prefix = "+";
            text = text[2..];
        }
        else if (text.StartsWith('0'))
        {
            prefix = "+" + CountryCode + "-";
            text = text[1..];
        }
        else
        {
            return null;
        }

        if (Groups(text) is not { } groups)
        {
            return null;
        }

        var digits = groups.Sum(g => g.Length);
        return digits is < 4 or > 15 ? null : "tel:" + prefix + string.Join('-', groups);
    }

    /// <summary>The digit groups between separators, or null for letters or anything else that cannot be read safely.</summary>
    private static List<string>? Groups(string text)
    {
        var groups = new List<string>();
        var group = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                group.Append(c);
            }
            else if (c is ' ' or '-' or '/' or '.' or '(' or ')')
            {
                if (group.Length > 0)
                {
                    groups.Add(group.ToString());
                    group.Clear();
                }
            }
            else
            {
                // Letters or extensions we cannot read safely: better no link than a wrong number.
                return null;
            }
        }

        if (group.Length > 0)
        {
            groups.Add(group.ToString());
        }

        return groups;
    }
}
