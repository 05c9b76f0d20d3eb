using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Wegweiser.Tests.Shared;

/// <summary>
/// Validates documents against the OASIS XLIFF 2.0 core schema, offline. The schemas live in
/// <c>shared/schemas/</c> beside the checkout (<c>&lt;repo&gt;/../shared/schemas</c>); a missing
/// folder fails the test with a clear message instead of skipping it.
/// </summary>
internal static class XliffSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wegweiser.sln")))
                {
                    var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "schemas"));
                    if (!File.Exists(Path.Combine(folder, "xliff_core_2.0.xsd")) || !File.Exists(Path.Combine(folder, "xml.xsd")))
                    {
                        throw new InvalidOperationException(
                            $"The XLIFF 2.0 core schema is not in {folder}. The tests expect the shared/ folder beside the "
                            + "checkout, with schemas/xliff_core_2.0.xsd and schemas/xml.xsd (see shared/schemas/README.md).");
                    }

                    return folder;
                }
            }

            throw new InvalidOperationException($"Wegweiser.sln not found above {AppContext.BaseDirectory}; cannot find ../shared/schemas.");
        }
    }

    /// <summary>The schema problems of <paramref name="xml"/> (a whole file's text); empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} (line {e.Exception?.LineNumber}, position {e.Exception?.LinePosition}): {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    public static IReadOnlyList<string> Problems(XDocument document) => Problems(document.Declaration + "\n" + document);

    /// <summary>Fails with every schema problem listed when <paramref name="xml"/> is not valid XLIFF 2.0 core.</summary>
    public static void AssertValid(string xml)
    {
        var problems = Problems(xml);
        Assert.True(problems.Count == 0, "Not valid XLIFF 2.0 core:\n" + string.Join("\n", problems));
    }

    public static void AssertValid(XDocument document) => AssertValid(document.Declaration + "\n" + document);

    private static XmlSchemaSet Load()
    {
        var folder = Folder;
        var set = new XmlSchemaSet { XmlResolver = new LocalResolver(folder) };
        set.Add(XliffNamespace, Path.Combine(folder, "xliff_core_2.0.xsd"));
        set.Compile();
        return set;
    }

    private const string XliffNamespace = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>Resolves the schema's import of xml.xsd to the local copy and refuses anything else: no network.</summary>
    private sealed class LocalResolver(string folder) : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var local = absoluteUri.IsFile ? absoluteUri.LocalPath
                : absoluteUri.AbsoluteUri == "http://www.w3.org/2001/xml.xsd" ? Path.Combine(folder, "xml.xsd")
                : null;
            if (local is null || !Path.GetFullPath(local).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new XmlException($"Schema validation stays offline; refused to load {absoluteUri}.");
            }

            return base.GetEntity(new Uri(local), role, ofObjectToReturn);
        }
    }
}
