using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.Print;

/// <summary>
/// The addresses of the print views: the list's or topic's own address with <c>/druckansicht</c>
/// after it and the same query (filters, <c>typ</c>), so a printed list is the list on screen, all of it.
/// </summary>
public static class PrintLinks
{
    public const string Segment = "druckansicht";

    /// <summary>Lists of entries one can contact (offers, organisations) print; the glossary and pages do not.</summary>
    public static bool Offers(DirectorySection section) => section.Info.IsOffer || section.Info.HasContact;

    public static string ForList(DirectorySection section, string culture, DirectoryFilter filter) =>
        $"{section.ListUrl(culture)}/{Segment}{filter.QueryWithout(null)}";

    public static string ForTopic(string culture, string group, string key, DirectorySection? only) =>
        $"/{culture}/{group}/{Uri.EscapeDataString(key)}/{Segment}" + (only is null ? "" : $"?{TopicModel.TypeParam}={only.Segment}");
}
