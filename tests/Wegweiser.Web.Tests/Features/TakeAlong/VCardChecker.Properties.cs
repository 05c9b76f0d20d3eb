using System.Text.RegularExpressions;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

/// <summary>The rules for properties: names, cardinalities, escaping and the format of values.</summary>
public static partial class VCardChecker
{
    /// <summary>Properties whose value is one text: commas and semicolons in it must be escaped.</summary>
    private static readonly HashSet<string> SingleText = ["FN", "NOTE", "EMAIL", "TITLE", "ROLE", "NICKNAME", "PRODID", "KIND"];

    /// <summary>Properties of RFC 6350 (section 6); others must be extensions (X-…).</summary>
    private static readonly HashSet<string> Known =
    [
        "BEGIN", "END", "SOURCE", "KIND", "XML", "FN", "N", "NICKNAME", "PHOTO", "BDAY", "ANNIVERSARY", "GENDER",
        "ADR", "TEL", "EMAIL", "IMPP", "LANG", "TZ", "GEO", "TITLE", "ROLE", "LOGO", "ORG", "MEMBER", "RELATED",
        "CATEGORIES", "NOTE", "PRODID", "REV", "SOUND", "UID", "CLIENTPIDMAP", "URL", "VERSION", "KEY",
        "FBURL", "CALADRURI", "CALURI",
    ];

    /// <summary>Properties that may appear at most once (RFC 6350 cardinality 1 or *1).</summary>
    private static readonly HashSet<string> AtMostOnce = ["VERSION", "KIND", "N", "BDAY", "ANNIVERSARY", "GENDER", "PRODID", "REV", "UID"];

    [GeneratedRegex("^tel:\\+[0-9]+(-[0-9]+)*$")]
    private static partial Regex GlobalTelUri();

    [GeneratedRegex("^[0-9]{8}T[0-9]{6}Z$")]
    private static partial Regex Timestamp();

    private static void CheckProperties(List<VCardProperty> properties, List<string> problems)
    {
        if (!properties.Any(p => p.Name == "FN"))
        {
            problems.Add("no FN");
        }

        foreach (var group in properties.GroupBy(p => p.Name).Where(g => AtMostOnce.Contains(g.Key) && g.Count() > 1))
        {
            problems.Add($"{group.Key} appears {group.Count()} times");
        }

        foreach (var group in properties.GroupBy(p => p.Name).Where(g => g.Key is "BEGIN" or "END" && g.Count() > 1))
        {
            problems.Add($"{group.Key} appears {group.Count()} times (nested or several vCards)");
        }

        foreach (var p in properties)
        {
            if (!Known.Contains(p.Name) && !p.Name.StartsWith("X-", StringComparison.Ordinal))
            {
                problems.Add($"unknown property {p.Name}");
            }

            CheckEscapes(p, problems);
            var isUri = p.Parameter("VALUE") is "uri" || p.Name is "URL" or "SOURCE" or "UID";
            if (isUri && !Uri.TryCreate(p.RawValue, UriKind.Absolute, out _))
            {
                problems.Add($"{p.Name}: '{p.RawValue}' is not an absolute URI");
            }

            switch (p.Name)
            {
                case "TEL" when p.Parameter("VALUE") == "uri" && !GlobalTelUri().IsMatch(p.RawValue):
                    problems.Add($"TEL: '{p.RawValue}' is not a global tel: URI");
                    break;
                case "REV" when !Timestamp().IsMatch(p.RawValue):
                    problems.Add($"REV: '{p.RawValue}' is not a UTC timestamp");
                    break;
                case "KIND" when p.RawValue is not ("individual" or "group" or "org" or "location"):
                    problems.Add($"KIND: '{p.RawValue}' is not a kind");
                    break;
                case "ADR" when SplitUnescaped(p.RawValue, ';').Count != 7:
                    problems.Add($"ADR: {SplitUnescaped(p.RawValue, ';').Count} components instead of 7 in '{p.RawValue}'");
                    break;
                case "EMAIL" when !p.Text.Contains('@'):
                    problems.Add($"EMAIL: '{p.Text}' has no @");
                    break;
            }
        }
    }

    /// <summary>Backslash escapes only \\ \, \; \n; single-text values have no bare comma or semicolon.</summary>
    private static void CheckEscapes(VCardProperty p, List<string> problems)
    {
        var isUri = p.Parameter("VALUE") is "uri" || p.Name is "URL" or "SOURCE" or "UID";
        if (isUri || p.Name is "BEGIN" or "END" or "VERSION" or "REV")
        {
            return;
        }

        var raw = p.RawValue;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                if (i + 1 >= raw.Length || raw[i + 1] is not ('\\' or ',' or ';' or 'n' or 'N'))
                {
                    problems.Add($"{p.Name}: backslash not followed by \\ , ; or n in '{raw}'");
                }

                i++;
            }
            else if (SingleText.Contains(p.Name) && raw[i] is ',' or ';')
            {
                problems.Add($"{p.Name}: unescaped '{raw[i]}' in '{raw}'");
            }
        }
    }
}
