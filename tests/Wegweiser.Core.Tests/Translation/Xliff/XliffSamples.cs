using System.Xml.Linq;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Tests.Translation.Xliff;

/// <summary>Items and XLIFF files for the XLIFF tests.</summary>
internal static class XliffSamples
{
    public static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    public static readonly XNamespace Ns = XliffFormat.Namespace;

    /// <summary>A published service with German title, summary, a two-paragraph body and cost.</summary>
    public static ContentItem PublishedService(string key = "mbe-awo")
    {
        var item = ContentItem.Create(ContentType.Service, key, Now);
        item.Latest.SetTranslation(Cultures.Source, key, "Migrationsberatung für Erwachsene", new Dictionary<string, string>
        {
            ["summary"] = "Beratung für Erwachsene, die nach Deutschland gekommen sind.",
            ["body"] = "Die **MBE** berät Zugewanderte.\n\nSie hilft bei Briefen und Anträgen.",
            ["cost"] = "kostenlos",
        });
        item.Transition(WorkflowState.Published, Now);
        return item;
    }

    /// <summary>Sets the target of one unit, creating the element after the source.</summary>
    public static void SetTarget(XDocument document, string fileId, string unitId, string text)
    {
        var segment = document.Descendants(Ns + "file").Single(f => (string?)f.Attribute("id") == fileId)
            .Elements(Ns + "unit").Single(u => (string?)u.Attribute("id") == unitId)
            .Element(Ns + "segment")!;
        segment.Element(Ns + "target")?.Remove();
        segment.Add(new XElement(Ns + "target", text));
    }

    /// <summary>Serialises and reads back, as an agency's file arrives.</summary>
    public static XliffDocument RoundTrip(XDocument document)
    {
        using var stream = new MemoryStream();
        XliffWriter.Save(document, stream);
        stream.Position = 0;
        return XliffReader.Read(stream);
    }

    /// <summary>The site as an import sees it: the items and their slugs in <paramref name="culture"/>.</summary>
    public static XliffImportSite Site(string culture, params ContentItem[] items) => new()
    {
        Cultures = ["de", "en", "ar", "fa"],
        Items = items.ToDictionary(i => i.Key),
        Slugs = items.SelectMany(i => i.Versions.SelectMany(v => v.Translations).Where(t => t.Culture == culture).Select(t => (i, t)))
            .Select(x => new SlugUse(x.i.Type, x.t.Slug, x.i.Key)).Distinct().ToList(),
    };
}
