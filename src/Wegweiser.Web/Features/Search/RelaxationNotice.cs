using System.Globalization;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Search.Querying;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// What the search page and <c>/api/suche</c> say when the results do not match every word:
/// "Keine Treffer für alle Wörter. Ergebnisse für: …" or, when no word matched anything,
/// "… Ergebnisse zum Thema: …", in the language of <c>culture</c>.
/// </summary>
public static class RelaxationNotice
{
    /// <summary>The names of the topics the results were relaxed to, in <paramref name="culture"/>.</summary>
    public static IReadOnlyList<(string Key, string Name)> Topics(
        SearchResults results, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms, string culture, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.RelaxedTopics
            .Select(k => (k, FilterLabels.Describe(DirectoryFilter.TopicParam, k, terms, culture, t)))
            .ToList();
    }

    /// <summary>The notice, or null when the results match every word.</summary>
    public static string? For(
        SearchResults results, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms, string culture, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(t);
        if (results.AllWordsMatched || results.Total == 0)
        {
            return null;
        }

        // The API answers in the culture asked for, whatever the request's own culture is.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = SiteCultureInfo.Create(culture);
        try
        {
            return results.RelaxedTopics.Count > 0
                ? t["Search.TopicResults", string.Join(", ", Topics(results, terms, culture, t).Select(x => x.Name))].Value
                : t["Search.NotAllWords", string.Join(' ', results.MatchedWords ?? [])].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
