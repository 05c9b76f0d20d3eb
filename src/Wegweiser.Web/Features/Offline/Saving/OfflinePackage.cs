using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Feeds;
using Wegweiser.Web.Features.Paging;

namespace Wegweiser.Web.Features.Offline.Saving;

/// <summary>
/// The public pages of one culture that "Save for offline" keeps: the home page, every list with all
/// its pages (<c>?seite=N</c>), every detail page, the topic and need pages and the offline search
/// index. Built from the published entries only (<see cref="FeedQueries"/>), so drafts, archived and
/// ended entries are never named. Detail pages with a contact request form (volunteer initiatives:
/// the form carries an antiforgery token) are left out, like staff, account and feedback pages.
/// </summary>
public static class OfflinePackage
{
    /// <summary>Estimated gzip bytes of a page without its own text: layout, navigation, footer.</summary>
    public const int PageFrameBytes = 2600;

    /// <summary>Estimated gzip bytes an entry adds to a list or topic page (a card: title, summary, towns).</summary>
    public const int CardBytes = 160;

    /// <summary>The pages and an estimate of their gzip size.</summary>
    public static IReadOnlyList<(string Url, int Bytes)> Pages(
        string culture, IReadOnlyList<FeedEntry> entries, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms,
        IReadOnlyDictionary<Guid, int> textBytes)
    {
        var pages = new List<(string, int)> { ($"/{culture}/", PageFrameBytes + 12 * CardBytes) };
        foreach (var section in DirectorySection.All)
        {
            var count = entries.Count(e => e.Section == section);
            var slice = PageSlice.Of(count, 1);
            for (var n = 1; n <= slice.Count; n++)
            {
                var url = n == 1 ? section.ListUrl(culture) : $"{section.ListUrl(culture)}?{PageSlice.Param}={n.ToString(CultureInfo.InvariantCulture)}";
                pages.Add((url, PageFrameBytes + Math.Min(slice.Size, count - (n - 1) * slice.Size) * CardBytes));
            }
        }

        foreach (var entry in entries.Where(e => !HasContactForm(e)))
        {
            var slug = LocalizedText.For(entry.Entry.Version, culture).Translation.Slug;
            pages.Add((entry.Section.DetailUrl(culture, slug), PageFrameBytes + textBytes.GetValueOrDefault(entry.Entry.Item.Id)));
        }

        foreach (var term in terms.Values.Where(t => t.Taxonomy is Taxonomy.Topic or Taxonomy.Need).OrderBy(t => t.Taxonomy).ThenBy(t => t.SortOrder))
        {
            var group = term.Taxonomy == Taxonomy.Need ? TopicModel.NeedsSegment : TopicModel.TopicsSegment;
            var tagged = entries.Count(e => (term.Taxonomy == Taxonomy.Need ? e.Entry.Version.Data.Needs : e.Entry.Version.Data.Topics).Contains(term.Key));
            pages.Add(($"/{culture}/{group}/{term.Key}", PageFrameBytes + Math.Min(tagged, 4 * PageSlice.DefaultSize) * CardBytes));
        }

        return pages;
    }

    /// <summary>Whether the entry's detail page carries a form with an antiforgery token.</summary>
    public static bool HasContactForm(FeedEntry entry) =>
        PublicContact.For(entry.Entry.Type, entry.Entry.Version.Data).ByRequestOnly;
}
