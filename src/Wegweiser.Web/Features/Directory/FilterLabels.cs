using Microsoft.Extensions.Localization;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Web.Features.Directory;

/// <summary>Readable labels for chosen filters ("kostenlos", "Arnstadt"), shared by the lists and the search.</summary>
public static class FilterLabels
{
    public static string Describe(
        string param,
        string value,
        IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms,
        string culture,
        IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(t);
        string Term(string taxonomy) => terms.TryGetValue((taxonomy, value), out var term) ? term.NameIn(culture) : value;
        return param switch
        {
            DirectoryFilter.TopicParam => Term(Taxonomy.Topic),
            DirectoryFilter.NeedParam => Term(Taxonomy.Need),
            DirectoryFilter.TownParam => Term(Taxonomy.Town),
            DirectoryFilter.TargetGroupParam => Term(Taxonomy.TargetGroup),
            DirectoryFilter.LanguageParam => Term(Taxonomy.Language),
            DirectoryFilter.FreeParam => t["Filter.Short.Free"],
            DirectoryFilter.WheelchairParam => t["Filter.Short.Wheelchair"],
            DirectoryFilter.OpenNowParam => t["Filter.Short.OpenNow"],
            DirectoryFilter.ChildcareParam => t["Filter.Short.Childcare"],
            DirectoryFilter.TimeOfDayParam => t[$"TimeOfDay.{DirectoryFilter.TimesOfDay[value]}"],
            DirectoryFilter.StartWeeksParam => t["Filter.Short.Start", value],
            _ => DirectorySection.BySegment(value) is { } section ? t[section.PluralKey] : value,
        };
    }
}
