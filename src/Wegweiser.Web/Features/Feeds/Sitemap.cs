using System.Text;
using System.Xml;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>One address in the sitemap: a site path and when its content last changed.</summary>
public sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc);

/// <summary>The sitemaps.org <c>urlset</c> of the home page, the list pages and every public detail page.</summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The pages of every culture. A detail page is listed in a culture only when it has a
    /// translation there (every published entry has German): the German text under another
    /// culture's address would only repeat the German page.
    /// </summary>
    public static IEnumerable<SitemapUrl> Urls(IEnumerable<string> cultures, IReadOnlyList<FeedEntry> entries, DateTime? homeChangedUtc)
    {
        foreach (var culture in cultures)
        {
            yield return new SitemapUrl($"/{culture}/", homeChangedUtc);
            foreach (var section in DirectorySection.All)
            {
                var changed = entries.Where(e => e.Section == section).Select(e => (DateTime?)e.UpdatedUtc).Max();
                yield return new SitemapUrl(section.ListUrl(culture), changed);
            }

            foreach (var entry in entries)
            {
                var translation = entry.Entry.Version.Translation(culture);
                if (translation is not null)
                {
                    yield return new SitemapUrl(entry.Section.DetailUrl(culture, translation.Slug), entry.UpdatedUtc);
                }
            }
        }
    }

    /// <summary>The sitemap document; <paramref name="absolute"/> turns a site path into an absolute address.</summary>
    public static byte[] Write(IEnumerable<SitemapUrl> urls, Func<string, string> absolute)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var url in urls)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, absolute(url.Path));
                if (url.LastModifiedUtc is { } changed)
                {
                    xml.WriteElementString("lastmod", Namespace, W3cDate.Format(changed));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
