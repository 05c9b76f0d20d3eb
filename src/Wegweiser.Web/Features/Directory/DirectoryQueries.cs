using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The read side of the public directory. It only ever sees published versions (through
/// <see cref="ContentStore"/>'s published queries) and hides courses and events that have ended.
/// </summary>
public sealed class DirectoryQueries(ContentStore content, TaxonomyStore taxonomies, PublishedContentCache cache, SiteContext site)
{
    public const string HomePageKey = "startseite";

    public async Task<IReadOnlyList<EntryCard>> ListAsync(DirectorySection section, DirectoryFilter? filter, CancellationToken ct = default)
    {
        var culture = site.Culture;
        var terms = await cache.TermsAsync(taxonomies, ct);
        var compare = StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Source), ignoreCase: true);
        var now = site.Now;
        return (await cache.PublishedAsync(content, section.Type, ct))
            .Where(e => IsCurrent(e) && e.Key != HomePageKey)
            .Where(e => filter is null || filter.Matches(e, now, site.TimeZone, site.Today))
            .Select(e =>
            {
                var text = LocalizedText.For(e.Version, culture);
                var townNames = e.Version.Data.Towns.Select(k => terms.TryGetValue((Taxonomy.Town, k), out var t) ? t.NameIn(culture) : k).ToList();
                return new EntryCard(text.Title, text.Field(ContentFields.Summary), section.DetailUrl(culture, text.Translation.Slug), townNames, e.Version.Data.IsSample, text.IsFallback);
            })
            .OrderBy(c => c.Title, compare)
            .ToList();
    }

    /// <summary>The keys of the published entries open at this moment, for the search's "open now" facet.</summary>
    public async Task<IReadOnlySet<string>> OpenNowKeysAsync(CancellationToken ct = default)
    {
        var now = site.Now;
        var open = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in Enum.GetValues<ContentType>())
        {
            foreach (var entry in await cache.PublishedAsync(content, type, ct))
            {
                if (IsCurrent(entry) && entry.Version.Data.Schedule?.IsOpenAt(now, site.TimeZone) == true)
                {
                    open.Add(entry.Key);
                }
            }
        }

        return open;
    }

    public async Task<EntryDetail?> DetailAsync(DirectorySection section, string slug, CancellationToken ct = default)
    {
        var culture = site.Culture;
        var entries = await cache.PublishedAsync(content, section.Type, ct);
        var entry = entries.FirstOrDefault(e => e.Version.Translation(culture)?.Slug == slug)
            ?? entries.FirstOrDefault(e => e.Version.Translation(Cultures.Source)?.Slug == slug);
        if (entry is null || !IsCurrent(entry))
        {
            return null;
        }

        return await BuildDetailAsync(section, entry, ct);
    }

    /// <summary>
    /// The detail page of any version (a draft) for the editors' preview, with the published
    /// responsible organisation, exactly as the public page would show it once published.
    /// </summary>
    public Task<EntryDetail> PreviewAsync(ContentItem item, ContentVersion version, CancellationToken ct = default) =>
        BuildDetailAsync(DirectorySection.For(item.Type), new PublishedEntry(item, version), ct);

    private async Task<EntryDetail> BuildDetailAsync(DirectorySection section, PublishedEntry entry, CancellationToken ct)
    {
        var culture = site.Culture;
        PublishedEntry? organisation = null;
        if (entry.Version.Data.Organisation is { } orgKey)
        {
            organisation = (await cache.PublishedAsync(content, ContentType.Organisation, ct)).FirstOrDefault(o => o.Key == orgKey);
        }

        var orgText = organisation is null ? null : LocalizedText.For(organisation.Version, culture);
        return new EntryDetail
        {
            Entry = entry,
            Section = section,
            Text = LocalizedText.For(entry.Version, culture),
            Organisation = organisation,
            OrganisationTitle = orgText?.Title,
            OrganisationUrl = orgText is null ? null : DirectorySection.For(ContentType.Organisation).DetailUrl(culture, orgText.Translation.Slug),
            Terms = await cache.TermsAsync(taxonomies, ct),
        };
    }

    /// <summary>The published page with the given key (the home page text), or null.</summary>
    public async Task<LocalizedText?> PageTextAsync(string key, CancellationToken ct = default)
    {
        var page = (await cache.PublishedAsync(content, ContentType.Page, ct)).FirstOrDefault(p => p.Key == key);
        return page is null ? null : LocalizedText.For(page.Version, site.Culture);
    }

    public Task<IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm>> AllTermsAsync(CancellationToken ct = default) =>
        cache.TermsAsync(taxonomies, ct);

    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string taxonomy, CancellationToken ct = default) =>
        (await cache.TermsAsync(taxonomies, ct)).Values.Where(t => t.Taxonomy == taxonomy)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();

    private bool IsCurrent(PublishedEntry entry) => !ReviewPolicy.HasEnded(entry.Version.EndsOn, site.Today);
}
