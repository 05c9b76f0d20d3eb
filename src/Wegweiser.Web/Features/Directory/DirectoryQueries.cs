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
public sealed class DirectoryQueries(ContentStore content, TaxonomyStore taxonomies, SiteContext site)
{
    public const string HomePageKey = "startseite";

    public async Task<IReadOnlyList<EntryCard>> ListAsync(DirectorySection section, DirectoryFilter? filter, CancellationToken ct = default)
    {
        var culture = site.Culture;
        var towns = (await taxonomies.TermsAsync(Taxonomy.Town, ct)).ToDictionary(t => t.Key);
        var compare = StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Source), ignoreCase: true);
        var now = site.Now;
        return (await content.PublishedAsync(section.Type, ct))
            .Where(e => IsCurrent(e) && e.Key != HomePageKey)
            .Where(e => filter is null || filter.Matches(e, now, site.TimeZone, site.Today))
            .Select(e =>
            {
                var text = LocalizedText.For(e.Version, culture);
                var townNames = e.Version.Data.Towns.Select(k => towns.TryGetValue(k, out var t) ? t.NameIn(culture) : k).ToList();
                return new EntryCard(text.Title, text.Field(ContentFields.Summary), section.DetailUrl(culture, text.Translation.Slug), townNames, e.Version.Data.IsSample);
            })
            .OrderBy(c => c.Title, compare)
            .ToList();
    }

    public async Task<EntryDetail?> DetailAsync(DirectorySection section, string slug, CancellationToken ct = default)
    {
        var culture = site.Culture;
        var entry = await content.PublishedBySlugAsync(section.Type, culture, slug, ct)
            ?? (culture == Cultures.Source ? null : await content.PublishedBySlugAsync(section.Type, Cultures.Source, slug, ct));
        if (entry is null || !IsCurrent(entry))
        {
            return null;
        }

        PublishedEntry? organisation = null;
        if (entry.Version.Data.Organisation is { } orgKey)
        {
            organisation = (await content.PublishedByKeysAsync([orgKey], ct)).FirstOrDefault();
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
            Terms = await taxonomies.AllAsync(ct),
        };
    }

    /// <summary>The published page with the given key (the home page text), or null.</summary>
    public async Task<LocalizedText?> PageTextAsync(string key, CancellationToken ct = default)
    {
        var page = (await content.PublishedByKeysAsync([key], ct)).FirstOrDefault(p => p.Type == ContentType.Page);
        return page is null ? null : LocalizedText.For(page.Version, site.Culture);
    }

    public Task<IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm>> AllTermsAsync(CancellationToken ct = default) =>
        taxonomies.AllAsync(ct);

    public Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string taxonomy, CancellationToken ct = default) =>
        taxonomies.TermsAsync(taxonomy, ct);

    private bool IsCurrent(PublishedEntry entry) => !ReviewPolicy.HasEnded(entry.Version.EndsOn, site.Today);
}
