using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>
/// Reads an XLIFF 2.0 file and checks its form: well-formed XML, an <c>&lt;xliff&gt;</c> root of
/// version 2.0 in the XLIFF 2.0 namespace, German as source language, a target language, files
/// and units with unique ids. Whether the items and fields exist is checked on import
/// (<see cref="XliffImport"/>). Problems are German sentences in an <see cref="XliffException"/>.
/// </summary>
public static class XliffReader
{
    private static readonly XNamespace Ns = XliffFormat.Namespace;

    /// <summary>Files larger than this many characters are refused (an agency file has a few hundred units).</summary>
    public const long MaxCharacters = 50_000_000;

    public static XliffDocument Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var root = Load(stream).Root!;
        CheckRoot(root);

        var problems = new List<string>();
        var sourceLanguage = (string?)root.Attribute("srcLang") ?? "";
        if (!string.Equals(sourceLanguage, Cultures.Source, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Die Ausgangssprache der Datei ist '{sourceLanguage}'; erwartet wird 'de' (Deutsch).");
        }

        var targetLanguage = (string?)root.Attribute("trgLang");
        if (string.IsNullOrWhiteSpace(targetLanguage))
        {
            problems.Add("Die Datei nennt keine Zielsprache (trgLang).");
        }

        var files = new List<XliffFile>();
        var fileIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in root.Elements(Ns + "file"))
        {
            var id = (string?)file.Attribute("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add($"Ein <file>-Element hat keine id{Line(file)}.");
                continue;
            }

            if (!fileIds.Add(id))
            {
                problems.Add($"Der Eintrag '{id}' steht zweimal in der Datei{Line(file)}.");
                continue;
            }

            files.Add(ReadFile(file, id, problems));
        }

        if (fileIds.Count == 0 && problems.Count == 0)
        {
            problems.Add("Die Datei enthält keine Einträge (<file>).");
        }

        if (problems.Count > 0)
        {
            throw new XliffException(problems);
        }

        return new XliffDocument(sourceLanguage, targetLanguage!, files);
    }

    private static XDocument Load(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            CloseInput = false,
        };
        if (stream.CanSeek && stream.Length - stream.Position == 0)
        {
            throw new XliffException("Die Datei ist leer.");
        }

        try
        {
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            // Entity declarations can blow up memory or reach out to other files; XLIFF needs none.
            throw new XliffException("Die Datei enthält eine Dokumenttyp-Deklaration (<!DOCTYPE …>); das ist in XLIFF-Dateien nicht erlaubt.");
        }
        catch (XmlException e) when (e.LineNumber > 0)
        {
            throw new XliffException($"Die Datei ist kein gültiges XML (Zeile {e.LineNumber}, Position {e.LinePosition}).");
        }
        catch (XmlException)
        {
            throw new XliffException($"Die Datei ist kein gültiges XML oder größer als {MaxCharacters / 1_000_000} Millionen Zeichen.");
        }
    }

    private static void CheckRoot(XElement root)
    {
        if (root.Name.LocalName != "xliff")
        {
            throw new XliffException($"Die Datei ist keine XLIFF-Datei: Das äußerste Element heißt <{root.Name.LocalName}>, erwartet wird <xliff>.");
        }

        var version = (string?)root.Attribute("version");
        if (string.IsNullOrWhiteSpace(version))
        {
            throw new XliffException("Die Datei nennt keine XLIFF-Version; erwartet wird 2.0.");
        }

        if (version != XliffFormat.Version)
        {
            throw new XliffException($"Die Datei hat XLIFF-Version {version}; erwartet wird {XliffFormat.Version}.");
        }

        if (root.Name.Namespace != Ns)
        {
            throw new XliffException($"Die Datei nennt Version 2.0, nutzt aber nicht den Namensraum von XLIFF 2.0 ({Ns.NamespaceName}).");
        }
    }

    private static XliffFile ReadFile(XElement file, string id, List<string> problems)
    {
        int? sourceVersion = null;
        var note = file.Elements(Ns + "notes").Elements(Ns + "note")
            .FirstOrDefault(n => (string?)n.Attribute("category") == XliffFormat.SourceVersionCategory);
        if (note is null)
        {
            problems.Add($"Bei '{id}' fehlt die deutsche Quellversion (<note category=\"{XliffFormat.SourceVersionCategory}\">); bitte eine von Wegweiser exportierte Datei verwenden.");
        }
        else if (int.TryParse(note.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            sourceVersion = number;
        }
        else
        {
            problems.Add($"Die deutsche Quellversion bei '{id}' ist keine gültige Zahl: '{note.Value.Trim()}'.");
        }

        var units = new List<XliffUnit>();
        var unitIds = new HashSet<string>(StringComparer.Ordinal);
        // Units may sit in groups if a tool added them; their order does not matter.
        foreach (var unit in file.Descendants(Ns + "unit"))
        {
            var unitId = (string?)unit.Attribute("id");
            if (string.IsNullOrWhiteSpace(unitId))
            {
                problems.Add($"Ein <unit>-Element bei '{id}' hat keine id{Line(unit)}.");
            }
            else if (!unitIds.Add(unitId))
            {
                problems.Add($"Das Feld '{unitId}' steht bei '{id}' zweimal{Line(unit)}.");
            }
            else
            {
                units.Add(ReadUnit(unit, unitId));
            }
        }

        return new XliffFile(id, sourceVersion, units);
    }

    /// <summary>Joins segments and ignorables in document order, as XLIFF 2.0 defines a unit's text.</summary>
    private static XliffUnit ReadUnit(XElement unit, string id)
    {
        var source = new StringBuilder();
        var target = new StringBuilder();
        var hasTarget = false;
        var untranslatedSegment = false;
        foreach (var part in unit.Elements().Where(e => e.Name == Ns + "segment" || e.Name == Ns + "ignorable"))
        {
            AppendText(source, part.Element(Ns + "source"));
            var partTarget = part.Element(Ns + "target");
            if (partTarget is not null)
            {
                hasTarget = true;
                AppendText(target, partTarget);
            }

            if (part.Name == Ns + "segment" && !string.IsNullOrWhiteSpace(part.Element(Ns + "source")?.Value)
                && string.IsNullOrWhiteSpace(partTarget?.Value))
            {
                untranslatedSegment = true;
            }
            else if (part.Name == Ns + "ignorable")
            {
                // Whitespace between segments belongs to the target too when the tool did not copy it.
                AppendText(target, part.Element(Ns + "source"));
            }
        }

        return new XliffUnit(
            id,
            XliffFormat.Normalize(source.ToString()),
            hasTarget ? XliffFormat.Normalize(target.ToString()) : null,
            Partial: hasTarget && untranslatedSegment && !string.IsNullOrWhiteSpace(target.ToString()));
    }

    /// <summary>The plain text of inline content: text, code points; markers keep their content, codes are dropped.</summary>
    private static void AppendText(StringBuilder text, XElement? element)
    {
        if (element is null)
        {
            return;
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement cp when cp.Name == Ns + "cp":
                    if (int.TryParse((string?)cp.Attribute("hex"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                        && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                    {
                        text.Append(char.ConvertFromUtf32(code));
                    }

                    break;
                case XElement inner when inner.Name == Ns + "mrk" || inner.Name == Ns + "pc":
                    AppendText(text, inner);
                    break;
            }
        }
    }

    private static string Line(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? $" (Zeile {info.LineNumber})" : "";
}
