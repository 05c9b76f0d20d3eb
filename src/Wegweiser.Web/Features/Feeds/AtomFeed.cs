using System.Text;
using System.Xml;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>One entry of the Atom feed. <see cref="Lang"/> is set when the texts are in another language than the feed.</summary>
public sealed record AtomEntry(
    string Id, string Title, string? Lang, DateTime UpdatedUtc, DateTime PublishedUtc, string Url, string? Summary,
    string Category, string CategoryLabel);

/// <summary>An Atom feed (RFC 4287) with absolute addresses; the entries newest first.</summary>
public sealed record AtomFeed(
    string Id, string Title, string Subtitle, string Lang, DateTime UpdatedUtc, string SelfUrl, string HomeUrl, string Author,
    IReadOnlyList<AtomEntry> Entries)
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml; charset=utf-8";

    public byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, Lang);
            xml.WriteElementString("id", Namespace, Id);
            Text(xml, "title", Title, null);
            Text(xml, "subtitle", Subtitle, null);
            xml.WriteElementString("updated", Namespace, W3cDate.Format(UpdatedUtc));
            Link(xml, "self", "application/atom+xml", SelfUrl);
            Link(xml, "alternate", "text/html", HomeUrl);
            foreach (var entry in Entries)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, entry.Id);
                Text(xml, "title", entry.Title, entry.Lang);
                xml.WriteElementString("updated", Namespace, W3cDate.Format(entry.UpdatedUtc));
                xml.WriteElementString("published", Namespace, W3cDate.Format(entry.PublishedUtc));
                Link(xml, "alternate", "text/html", entry.Url);
                if (entry.Summary is not null)
                {
                    Text(xml, "summary", entry.Summary, entry.Lang);
                }

                xml.WriteStartElement("author", Namespace);
                xml.WriteElementString("name", Namespace, Author);
                xml.WriteEndElement();
                xml.WriteStartElement("category", Namespace);
                xml.WriteAttributeString("term", entry.Category);
                xml.WriteAttributeString("label", entry.CategoryLabel);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Text(XmlWriter xml, string name, string text, string? lang)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteAttributeString("type", "text");
        if (lang is not null)
        {
            xml.WriteAttributeString("xml", "lang", null, lang);
        }

        xml.WriteString(WithoutInvalidCharacters(text));
        xml.WriteEndElement();
    }

    /// <summary>Control characters pasted into a text cannot be written in XML 1.0 at all: leave them out rather than fail the feed.</summary>
    private static string WithoutInvalidCharacters(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
        }

        return clean.Length == text.Length ? text : clean.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
