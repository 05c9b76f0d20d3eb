using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

/// <summary>Looks up the demo site's entries the way the public sees them.</summary>
public static class TakeAlongSite
{
    /// <summary>The test client's address, which the files write into absolute URLs.</summary>
    public const string Origin = "http://localhost";

    /// <summary>Published entries of <paramref name="type"/> that have not ended, with their published version.</summary>
    public static Task<List<(ContentItem Item, ContentVersion Version)>> CurrentAsync(WegweiserFactory factory, ContentType type) =>
        factory.QueryAsync(async db =>
        {
            var today = factory.Today;
            var items = await db.ContentItems.Where(i => i.Type == type)
                .Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync();
            return items.Where(i => i.Published is { } p && (p.EndsOn is null || p.EndsOn >= today))
                .Select(i => (i, i.Published!)).ToList();
        });

    /// <summary>An item with all its versions, by key.</summary>
    public static Task<ContentItem> ItemAsync(WegweiserFactory factory, string key) =>
        factory.QueryAsync(db => db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().SingleAsync(i => i.Key == key));

    /// <summary>The German detail page path of a version.</summary>
    public static string DetailPath(ContentType type, ContentVersion version) =>
        DirectorySection.For(type).DetailUrl("de", version.Translation("de")!.Slug);

    /// <summary>Undoes line folding (CRLF + space) so that text split over lines can be searched.</summary>
    public static string Unfold(string text) => text.Replace("\r\n ", "").Replace("\r\n\t", "");
}
