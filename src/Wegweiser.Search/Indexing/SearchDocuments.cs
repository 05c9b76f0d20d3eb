using System.Text;
using System.Text.RegularExpressions;
using Wegweiser.Core.Content;
using Wegweiser.Core.Review;

namespace Wegweiser.Search.Indexing;

/// <summary>
/// Turns published versions into <see cref="SearchDocument"/>s. Only public texts are read: the
/// translatable fields of the published version. Language-independent data such as a volunteer
/// initiative's internal contact is never touched.
/// </summary>
public static class SearchDocuments
{
    /// <summary>The key of the home page, which is not a search result of its own.</summary>
    public const string HomePageKey = "startseite";

    /// <summary>
    /// The document for <paramref name="item"/> in <paramref name="culture"/>, or null when the
    /// version is not published, the item is the home page, or a course or event has ended.
    /// </summary>
    /// <param name="detailUrl">The detail address of a type and slug in <paramref name="culture"/>.</param>
    public static SearchDocument? From(ContentItem item, ContentVersion version, string culture, DateOnly today, Func<ContentType, string, string> detailUrl)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(detailUrl);
        if (!version.IsPublished || version.ItemId != item.Id || item.Key == HomePageKey || ReviewPolicy.HasEnded(version.EndsOn, today))
        {
            return null;
        }

        var own = version.Translation(culture);
        var text = own ?? version.Translation(Cultures.Source);
        if (text is null)
        {
            return null;
        }

        var body = new StringBuilder(text.Field(ContentFields.Body));
        foreach (var field in ContentFields.For(item.Type).Skip(3))
        {
            if (text.Field(field) is { Length: > 0 } value)
            {
                body.Append("\n\n").Append(value);
            }
        }

        var summary = text.Field(ContentFields.Summary);
        if (version.Data.Glossary?.Abbreviation is { Length: > 0 } abbreviation)
        {
            summary = $"{abbreviation}: {summary}";
        }

        return new SearchDocument(
            item.Key,
            item.Type,
            text.Title,
            PlainText(summary),
            PlainText(body.ToString()),
            detailUrl(item.Type, text.Slug),
            own is null && culture != Cultures.Source,
            version.Data.Topics.ToList(),
            version.Data.Towns.Concat(version.Data.Addresses.Select(a => a.Town).OfType<string>()).Distinct().ToList())
        {
            TargetGroups = version.Data.TargetGroups.ToList(),
            Languages = version.Data.Languages.ToList(),
            FreeOfCharge = version.Data.FreeOfCharge == true,
            WheelchairAccessible = version.Data.WheelchairAccessible == true,
        };
    }

    /// <summary>Markdown reduced to its words, so snippets show no asterisks or link targets.</summary>
    internal static string? PlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        var text = Link.Replace(markdown, "$1");
        text = Marks.Replace(text, "");
        return Spaces.Replace(text, " ").Trim();
    }

    // Linear-time engine: a backtracking one takes quadratic time on text such as "[[[[…" or "[](((…".
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly Regex Link = new(@"!?\[([^\]]*)\]\([^)]*\)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Marks = new(@"[*_`#>]+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Spaces = new(@"\s+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);
}
