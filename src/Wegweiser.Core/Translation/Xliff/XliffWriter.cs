using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>
/// Writes the published German texts of content items, with the existing translations as
/// targets, into one XLIFF 2.0 document for one target culture (XLIFF has one target language per
/// document). Drafts never reach the file: only <see cref="ContentItem.Published"/> is read.
/// </summary>
public static class XliffWriter
{
    private static readonly XNamespace Ns = XliffFormat.Namespace;

    private const string SlugNote =
        "Adresse (Slug) in der Zielsprache: nur a–z, 0–9 und einzelne Bindestriche, z. B. migration-advice. "
        + "Leer lassen: Wegweiser bildet ihn aus dem Titel.";

    /// <summary>The document for <paramref name="culture"/>; every item must have a published version.</summary>
    public static XDocument Write(string culture, IEnumerable<ContentItem> items)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(items);
        if (culture == Cultures.Source)
        {
            throw new ArgumentException("German is the source language; choose a target culture.", nameof(culture));
        }

        var root = new XElement(Ns + "xliff",
            new XAttribute("version", XliffFormat.Version),
            new XAttribute("srcLang", Cultures.Source),
            new XAttribute("trgLang", culture));
        foreach (var item in items)
        {
            root.Add(File(item, culture));
        }

        if (!root.HasElements)
        {
            throw new ArgumentException("An XLIFF document needs at least one item.", nameof(items));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>Writes <paramref name="document"/> as indented UTF-8 without a byte order mark.</summary>
    public static void Save(XDocument document, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", Async = false };
        using var writer = XmlWriter.Create(stream, settings);
        document.Save(writer);
    }

    /// <summary>The number of units (translatable texts) in a document written here.</summary>
    public static int UnitCount(XDocument document) => document.Descendants(Ns + "unit").Count();

    private static XElement File(ContentItem item, string culture)
    {
        var published = item.Published
            ?? throw new ArgumentException($"Content item {item.Key} has no published version; only published texts are exported.", nameof(item));
        var german = published.Translation(Cultures.Source)
            ?? throw new ArgumentException($"Content item {item.Key} has no German text.", nameof(item));
        var target = published.Translation(culture);
        var current = published.TranslationStatus(culture) == TranslationStatus.UpToDate;

        var file = new XElement(Ns + "file",
            new XAttribute("id", item.Key),
            new XAttribute("original", item.Type.ToString()),
            new XAttribute("srcDir", "ltr"),
            new XAttribute("trgDir", Cultures.IsRightToLeft(culture) ? "rtl" : "ltr"),
            new XElement(Ns + "notes",
                new XElement(Ns + "note",
                    new XAttribute("id", "source-version"),
                    new XAttribute("category", XliffFormat.SourceVersionCategory),
                    german.SourceVersion.ToString(CultureInfo.InvariantCulture))));
        foreach (var unitId in XliffFormat.UnitsFor(item.Type))
        {
            var source = XliffFormat.Text(german, unitId);
            if (source is null)
            {
                continue;
            }

            var existing = target is null ? null : XliffFormat.Text(target, unitId);
            // An outdated or machine-made translation is offered as a starting point, not as done.
            var state = existing is not null && current ? "translated" : "initial";
            file.Add(new XElement(Ns + "unit",
                new XAttribute("id", unitId),
                unitId == XliffFormat.SlugUnit ? new XElement(Ns + "notes", new XElement(Ns + "note", SlugNote)) : null,
                new XElement(Ns + "segment",
                    new XAttribute("state", state),
                    Text("source", source),
                    existing is null ? null : Text("target", existing))));
        }

        return file;
    }

    /// <summary>
    /// A source or target element. Line breaks are kept (xml:space="preserve"); characters XML
    /// cannot carry become <c>&lt;cp hex="…"/&gt;</c>, as XLIFF 2.0 prescribes.
    /// </summary>
    private static XElement Text(string name, string text)
    {
        var element = new XElement(Ns + name, new XAttribute(XNamespace.Xml + "space", "preserve"));
        var run = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                run.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                run.Append(c);
            }
            else
            {
                if (run.Length > 0)
                {
                    element.Add(run.ToString());
                    run.Clear();
                }

                element.Add(new XElement(Ns + "cp", new XAttribute("hex", ((int)c).ToString("X4", CultureInfo.InvariantCulture))));
            }
        }

        if (run.Length > 0)
        {
            element.Add(run.ToString());
        }

        return element;
    }
}
