using System.Text;
using System.Xml;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>One address in a sitemap: a site path, when its content last changed, and the same page in other languages.</summary>
public sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc, IReadOnlyList<(string Culture, string Path)> Alternates);

/// <summary>One child sitemap of the index: its path and the newest change among its addresses.</summary>
public sealed record SitemapFile(string Path, string Culture, int Part, DateTime? LastModifiedUtc);

/// <summary>
/// The sitemaps.org documents: <c>/sitemap.xml</c> is a <c>sitemapindex</c> of one <c>urlset</c>
/// per culture (<c>/sitemap-de.xml</c>), split into numbered parts (<c>/sitemap-de-2.xml</c>) above
/// <see cref="MaxUrlsPerFile"/> addresses, the protocol's limit. Every address names its
/// translations as <c>xhtml:link rel="alternate" hreflang</c>.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>
    /// The pages of one culture: home, every list, and every detail page that has a translation
    /// there (every published entry has German): the German text under another culture's address
    /// would only repeat the German page.
    /// </summary>
    public static IEnumerable<SitemapUrl> Urls(string culture, IReadOnlyList<string> cultures, IReadOnlyList<FeedEntry> entries, DateTime? homeChangedUtc)
    {
        yield return new SitemapUrl($"/{culture}/", homeChangedUtc, cultures.Select(c => (c, $"/{c}/")).ToList());
        foreach (var section in DirectorySection.All)
        {
            var changed = entries.Where(e => e.Section == section).Select(e => (DateTime?)e.UpdatedUtc).Max();
            yield return new SitemapUrl(section.ListUrl(culture), changed, cultures.Select(c => (c, section.ListUrl(c))).ToList());
        }

        foreach (var entry in entries)
        {
            var translation = entry.Entry.Version.Translation(culture);
            if (translation is null)
            {
                continue;
            }

            var alternates = cultures
                .Select(c => (Culture: c, Translation: entry.Entry.Version.Translation(c)))
                .Where(t => t.Translation is not null)
                .Select(t => (t.Culture, entry.Section.DetailUrl(t.Culture, t.Translation!.Slug)))
                .ToList();
            yield return new SitemapUrl(entry.Section.DetailUrl(culture, translation.Slug), entry.UpdatedUtc, alternates);
        }
    }

    /// <summary>The child sitemaps of every culture, with <paramref name="maxUrls"/> addresses at most in each.</summary>
    public static IReadOnlyList<SitemapFile> Files(IReadOnlyList<string> cultures, IReadOnlyList<FeedEntry> entries, DateTime? homeChangedUtc, int maxUrls = MaxUrlsPerFile)
    {
        var files = new List<SitemapFile>();
        foreach (var culture in cultures)
        {
            var urls = Urls(culture, cultures, entries, homeChangedUtc).ToList();
            var parts = Math.Max(1, (urls.Count + maxUrls - 1) / maxUrls);
            for (var part = 1; part <= parts; part++)
            {
                var changed = urls.Skip((part - 1) * maxUrls).Take(maxUrls).Max(u => u.LastModifiedUtc);
                files.Add(new SitemapFile(FilePath(culture, part), culture, part, changed));
            }
        }

        return files;
    }

    /// <summary>The addresses of one part of a culture's sitemap.</summary>
    public static IReadOnlyList<SitemapUrl> Part(string culture, int part, IReadOnlyList<string> cultures, IReadOnlyList<FeedEntry> entries, DateTime? homeChangedUtc, int maxUrls = MaxUrlsPerFile) =>
        Urls(culture, cultures, entries, homeChangedUtc).Skip((part - 1) * maxUrls).Take(maxUrls).ToList();

    /// <summary>
    /// Reads a child sitemap's name ("de" or "de-2") into culture and part; false for anything else.
    /// </summary>
    public static bool TryParseName(string name, IReadOnlyList<string> cultures, out string culture, out int part)
    {
        culture = "";
        part = 1;
        var dash = name.IndexOf('-');
        var candidate = dash < 0 ? name : name[..dash];
        if (!cultures.Contains(candidate))
        {
            return false;
        }

        culture = candidate;
        return dash < 0 || (int.TryParse(name[(dash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out part) && part >= 2);
    }

    public static byte[] WriteIndex(IEnumerable<SitemapFile> files, Func<string, string> absolute) => Document(xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        foreach (var file in files)
        {
            xml.WriteStartElement("sitemap", Namespace);
            xml.WriteElementString("loc", Namespace, absolute(file.Path));
            if (file.LastModifiedUtc is { } changed)
            {
                xml.WriteElementString("lastmod", Namespace, W3cDate.Format(changed));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    /// <summary>
    /// A <c>urlset</c> written to <paramref name="output"/> as it goes, never whole in memory;
    /// <paramref name="absolute"/> turns a site path into an absolute address.
    /// </summary>
    public static void Write(IEnumerable<SitemapUrl> urls, Func<string, string> absolute, Stream output) => Document(output, xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, absolute(url.Path));
            if (url.LastModifiedUtc is { } changed)
            {
                xml.WriteElementString("lastmod", Namespace, W3cDate.Format(changed));
            }

            if (url.Alternates.Count > 1)
            {
                foreach (var (culture, path) in url.Alternates)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", culture);
                    xml.WriteAttributeString("href", absolute(path));
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static string FilePath(string culture, int part) => part == 1 ? $"/sitemap-{culture}.xml" : $"/sitemap-{culture}-{part}.xml";

    private static byte[] Document(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        Document(stream, body);
        return stream.ToArray();
    }

    private static void Document(Stream output, Action<XmlWriter> body)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false });
        xml.WriteStartDocument();
        body(xml);
        xml.WriteEndDocument();
    }
}
