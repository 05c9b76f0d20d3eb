using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The read side of the public directory. It only ever sees published versions (the
/// <see cref="PublishedContentCache"/>'s snapshot and <see cref="ContentStore"/>'s published
/// queries) and hides courses and events that have ended. Lists come from the snapshot's compact
/// entries; a detail page reads its entry's full texts from the database.
/// </summary>
public sealed class DirectoryQueries(
    ContentStore content, TaxonomyStore taxonomies, PublishedContentCache cache, SiteContext site, IHttpContextAccessor http, ILogger<DirectoryQueries> logger)
{
    public const string HomePageKey = "startseite";

    /// <summary>
    /// The cards of <paramref name="entries"/> (one page of a list, from <see cref="MatchingAsync"/>),
    /// with their summaries, which the snapshot does not hold, read for just these entries.
    /// </summary>
    public async Task<IReadOnlyList<EntryCard>> CardsAsync(DirectorySection section, IReadOnlyList<PublishedEntry> entries, CancellationToken ct = default)
    {
        var culture = site.Culture;
        var terms = (await SnapshotAsync(ct)).Terms;
        IReadOnlyList<PublishedEntry> shown;
        try
        {
            shown = await content.WithSummariesAsync(entries, ct);
        }
        catch (Exception e) when (Infrastructure.Faults.DatabaseUnavailable.Is(e))
        {
            // The database is away: the list still answers from the snapshot, without summaries,
            // and this response is not kept (the next one after the outage has them again).
            logger.LogWarning("The database is not reachable: {Count} cards shown without their summaries", entries.Count);
            if (http.HttpContext is { Response.HasStarted: false } context)
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            shown = entries;
        }

        return shown
            .Select(e =>
            {
                var text = LocalizedText.For(e.Version, culture);
                var townNames = e.Version.Data.Towns.Select(k => terms.TryGetValue((Taxonomy.Town, k), out var t) ? t.NameIn(culture) : k).ToList();
                return new EntryCard(text.Title, text.Field(ContentFields.Summary), section.DetailUrl(culture, text.Translation.Slug), townNames, e.Version.Data.IsSample, text.IsFallback);
            })
            .ToList();
    }

    /// <summary>
    /// The published, current entries of a list with its filters, sorted by title in the visitor's
    /// language: what a list shows (one page of it as <see cref="CardsAsync"/>) and the printable list.
    /// </summary>
    public async Task<IReadOnlyList<PublishedEntry>> MatchingAsync(DirectorySection section, DirectoryFilter? filter, CancellationToken ct = default) =>
        Matching(await SnapshotAsync(ct), section, filter).ToList();

    /// <summary>
    /// The keys of the published entries open at this moment, for the search's "open now" facet;
    /// worked out once a minute.
    /// </summary>
    public async Task<IReadOnlySet<string>> OpenNowKeysAsync(CancellationToken ct = default)
    {
        var now = site.Now;
        var snapshot = await SnapshotAsync(ct);
        return snapshot.PerMinute(now.ToUnixTimeSeconds() / 60, s =>
        {
            var minute = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / 60 * 60);
            return s.All.Where(e => IsCurrent(e) && e.Version.Data.Schedule?.IsOpenAt(minute, site.TimeZone) == true)
                .Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        });
    }

    public async Task<EntryDetail?> DetailAsync(DirectorySection section, string slug, CancellationToken ct = default)
    {
        var snapshot = await SnapshotAsync(ct);
        var found = snapshot.BySlug(section.Type, site.Culture, slug) ?? snapshot.BySlug(section.Type, Cultures.Source, slug);
        if (found is null || !IsCurrent(found))
        {
            return null;
        }

        // The snapshot holds no long texts: the page reads the published version in full.
        var entry = (await content.PublishedByIdsAsync([found.Item.Id], ct)).SingleOrDefault();
        return entry is null ? null : BuildDetail(section, entry, snapshot);
    }

    /// <summary>
    /// The detail page of any version (a draft) for the editors' preview, with the published
    /// responsible organisation, exactly as the public page would show it once published.
    /// </summary>
    public async Task<EntryDetail> PreviewAsync(ContentItem item, ContentVersion version, CancellationToken ct = default) =>
        BuildDetail(DirectorySection.For(item.Type), new PublishedEntry(item, version), await SnapshotAsync(ct));

    /// <summary>The published page with the given key (the home page text), or null.</summary>
    public async Task<LocalizedText?> PageTextAsync(string key, CancellationToken ct = default)
    {
        var page = (await SnapshotAsync(ct)).ByKey(key);
        return page is null || page.Type != ContentType.Page ? null : LocalizedText.For(page.Version, site.Culture);
    }

    public async Task<IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm>> AllTermsAsync(CancellationToken ct = default) =>
        (await SnapshotAsync(ct)).Terms;

    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string taxonomy, CancellationToken ct = default) =>
        (await AllTermsAsync(ct)).Values.Where(t => t.Taxonomy == taxonomy)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();

    /// <summary>The snapshot of published content for this moment's change version.</summary>
    public Task<PublishedSnapshot> SnapshotAsync(CancellationToken ct = default) => cache.CurrentAsync(content, taxonomies, ct);

    private EntryDetail BuildDetail(DirectorySection section, PublishedEntry entry, PublishedSnapshot snapshot)
    {
        var culture = site.Culture;
        var organisation = entry.Version.Data.Organisation is { } orgKey && snapshot.ByKey(orgKey) is { Type: ContentType.Organisation } org ? org : null;
        var orgText = organisation is null ? null : LocalizedText.For(organisation.Version, culture);
        return new EntryDetail
        {
            Entry = entry,
            Section = section,
            Text = LocalizedText.For(entry.Version, culture),
            Organisation = organisation,
            OrganisationTitle = orgText?.Title,
            OrganisationUrl = orgText is null ? null : DirectorySection.For(ContentType.Organisation).DetailUrl(culture, orgText.Translation.Slug),
            Terms = snapshot.Terms,
        };
    }

    private IEnumerable<PublishedEntry> Matching(PublishedSnapshot snapshot, DirectorySection section, DirectoryFilter? filter)
    {
        var now = site.Now;
        return snapshot.OfTypeByTitle(section.Type, site.Culture)
            .Where(e => IsCurrent(e) && e.Key != HomePageKey)
            .Where(e => filter is null || filter.Matches(e, now, site.TimeZone, site.Today, site.CountyWideTown));
    }

    private bool IsCurrent(PublishedEntry entry) => !ReviewPolicy.HasEnded(entry.Version.EndsOn, site.Today);
}
