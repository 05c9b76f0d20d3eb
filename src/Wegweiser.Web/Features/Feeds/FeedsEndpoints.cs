using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>
/// The machine-readable side of the site: the sitemap index <c>/sitemap.xml</c> with one sitemap
/// per culture (<c>/sitemap-de.xml</c>, numbered parts above 50,000 addresses), <c>/robots.txt</c>
/// (pointing to the index) and the Atom feed of the newest entries at <c>/{culture}/neu.atom</c>.
/// All are built once per change: the child sitemaps are kept compressed by <see cref="SitemapDocuments"/>,
/// the rest by the public response cache.
/// </summary>
public static class FeedsEndpoints
{
    /// <summary>The most entries the feed carries; feed readers keep what they have seen.</summary>
    public const int MaxFeedEntries = 50;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", Robots);
        app.MapGet("/sitemap.xml", SitemapIndexAsync);
        app.MapGet("/sitemap-{name}.xml", SitemapAsync);
        app.MapGet($"/{{culture:culture}}/{DirectorySection.FeedSegment}", FeedAsync);
    }

    private static IResult Robots(HttpContext http)
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Allow: /\n")
            .Append('\n')
            .Append("Sitemap: ").Append(PublicUrl.Absolute(http, "/sitemap.xml")).Append('\n');
        return Results.Text(text.ToString(), "text/plain; charset=utf-8");
    }

    // The queries are made here rather than registered; only the kept sitemaps are a service (AddFeeds).
    private static async Task<IResult> SitemapIndexAsync(
        HttpContext http, DirectoryQueries directory, ContentStore content, SiteContext site, IOptions<WegweiserOptions> options, CancellationToken ct)
    {
        var queries = new FeedQueries(directory, content, site);
        var files = Sitemap.Files(options.Value.SiteCultures, await queries.CurrentAsync(ct), await queries.HomePageChangedUtcAsync(ct), options.Value.SitemapMaxUrls);
        return Results.Bytes(Sitemap.WriteIndex(files, path => PublicUrl.Absolute(http, path)), "application/xml; charset=utf-8");
    }

    private static async Task<IResult> SitemapAsync(
        string name, HttpContext http, DirectoryQueries directory, ContentStore content, SiteContext site, SitemapDocuments documents,
        IOptions<WegweiserOptions> options, CancellationToken ct)
    {
        var cultures = options.Value.SiteCultures;
        if (!Sitemap.TryParseName(name, cultures, out var culture, out var part))
        {
            return Results.NotFound();
        }

        var queries = new FeedQueries(directory, content, site);
        var document = await documents.GetAsync(
            name,
            PublicUrl.Absolute(http, "/"),
            site.Today,
            async token => Sitemap.Part(culture, part, cultures, await queries.CurrentAsync(token), await queries.HomePageChangedUtcAsync(token), options.Value.SitemapMaxUrls),
            path => PublicUrl.Absolute(http, path),
            ct);
        return document is null ? Results.NotFound() : new StoredResponseResult(document);
    }

    private static async Task<IResult> FeedAsync(
        string culture, HttpContext http, DirectoryQueries directory, ContentStore content, SiteContext site, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var queries = new FeedQueries(directory, content, site);
        var newest = (await queries.CurrentAsync(ct))
            .OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.Entry.Key, StringComparer.Ordinal)
            .Take(MaxFeedEntries)
            .ToList();
        // The snapshot holds no summaries: read them for just these entries.
        var withSummaries = await content.WithSummariesAsync(newest.Select(e => e.Entry).ToList(), ct);
        var entries = newest.Zip(withSummaries, (e, full) => e with { Entry = full }).ToList();
        var firstPublished = await queries.FirstPublishedUtcAsync(entries, ct);
        var siteName = t["Site.Name", site.CountyName].Value;
        var feedEntries = entries.Select(e =>
        {
            var text = LocalizedText.For(e.Entry.Version, culture);
            return new AtomEntry(
                Id: $"urn:uuid:{e.Entry.Item.Id:D}",
                Title: text.Title,
                Lang: text.IsFallback ? text.Lang : null,
                UpdatedUtc: e.UpdatedUtc,
                PublishedUtc: firstPublished.TryGetValue(e.Entry.Item.Id, out var first) ? first : e.UpdatedUtc,
                Url: PublicUrl.Absolute(http, e.Section.DetailUrl(culture, text.Translation.Slug)),
                Summary: text.Field(Core.Content.ContentFields.Summary),
                Category: e.Section.Segment,
                CategoryLabel: t[e.Section.NameKey].Value);
        }).ToList();

        var self = PublicUrl.Absolute(http, DirectorySection.FeedUrl(culture));
        var feed = new AtomFeed(
            Id: self,
            Title: t["Feeds.Title", siteName].Value,
            Subtitle: t["Feeds.Subtitle"].Value,
            Lang: culture,
            UpdatedUtc: feedEntries.Count > 0 ? feedEntries.Max(e => e.UpdatedUtc) : site.Now.UtcDateTime,
            SelfUrl: self,
            HomeUrl: PublicUrl.Absolute(http, $"/{culture}/"),
            Author: siteName,
            Entries: feedEntries);
        return Results.Bytes(feed.Write(), AtomFeed.ContentType);
    }
}
