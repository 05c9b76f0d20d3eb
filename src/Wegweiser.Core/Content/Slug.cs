using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wegweiser.Core.Content;

/// <summary>URL slugs and keys: lowercase letters, digits and single dashes.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is { Length: > 0 and <= 120 } && Pattern().IsMatch(value);

    /// <summary>Makes a slug from a German title ("Büro für Ärzte" → "buero-fuer-aerzte").</summary>
    public static string From(string text)
    {
        var folded = text.ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
        var builder = new StringBuilder();
        foreach (var c in folded.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }

        var slug = Regex.Replace(builder.ToString(), "-{2,}", "-").Trim('-');
        return slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }
}
