using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Print;

/// <summary>
/// Builds the printable lists: the entries of a list or a topic with their filters, all of them
/// (up to <see cref="Cap"/>), each in the compact form of <see cref="PrintEntry"/>.
/// </summary>
public sealed class PrintEntries(DirectoryQueries queries, OpeningHoursFormatter hours, SiteContext site)
{
    /// <summary>More entries than this make a print view too long to be useful; it then says so.</summary>
    public const int Cap = 500;

    /// <summary>The entries of <paramref name="section"/> passing <paramref name="filter"/>, and how many there are in all.</summary>
    public async Task<PrintGroup> GroupAsync(DirectorySection section, DirectoryFilter? filter, int room, CancellationToken ct)
    {
        var all = await queries.MatchingAsync(section, filter, ct);
        var terms = await queries.AllTermsAsync(ct);
        var shown = all.Take(Math.Max(0, room)).Select(e => Build(section, e, terms)).ToList();
        return new PrintGroup(section, shown, all.Count);
    }

    private PrintEntry Build(DirectorySection section, PublishedEntry entry, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms)
    {
        var culture = site.Culture;
        var ci = site.CultureInfo;
        var text = LocalizedText.For(entry.Version, culture);
        var data = entry.Version.Data;
        var contact = PublicContact.For(entry.Type, data);
        string? Town(string? key) => key is null ? null : terms.TryGetValue((Taxonomy.Town, key), out var t) ? t.NameIn(culture) : key;
        var addresses = contact.Addresses
            .Select(a => string.Join(", ", new[] { a.Name, a.Street, $"{a.PostalCode} {Town(a.Town)}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p))))
            .Where(a => a.Length > 0)
            .ToList();
        var schedule = data.Schedule is { IsEmpty: false } s ? hours.Lines(s, ci) : [];
        return new PrintEntry(
            text.Title,
            section.DetailUrl(culture, text.Translation.Slug),
            text.IsFallback,
            data.IsSample,
            addresses,
            contact.Phone,
            contact.Email,
            contact.Website,
            contact.ByRequestOnly,
            Dates(data, ci),
            schedule);
    }

    /// <summary>The dates of a course or an event, short: "3. März 2027 – 30. Juni 2027".</summary>
    private static string? Dates(ContentData data, CultureInfo ci)
    {
        if (data.Course is { Starts: { } starts } course)
        {
            return course.Ends is { } ends && ends > starts ? $"{starts.ToString("D", ci)} – {ends.ToString("D", ci)}" : starts.ToString("D", ci);
        }

        if (data.Event?.Starts is { } from)
        {
            return data.Event.Ends is { } to && to > from
                ? $"{from.ToString("f", ci)} – {(to.Date == from.Date ? to.ToString("t", ci) : to.ToString("f", ci))}"
                : from.ToString("f", ci);
        }

        return null;
    }
}
