using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wegweiser.Tests.Shared;
using Wegweiser.Web.Tests.Features.Setup;

namespace Wegweiser.Web.Tests.Features.Translation;

/// <summary>The <c>xliff</c> verbs, run as an administrator runs them: the real executable in its own process.</summary>
public class XliffCommandTests
{
    private static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    private static readonly Dictionary<string, string> Cultures = new()
    {
        ["Wegweiser__Cultures__0"] = "de",
        ["Wegweiser__Cultures__1"] = "ar",
        ["Wegweiser__Cultures__2"] = "fa",
    };

    [Fact]
    public async Task Export_writes_a_file_per_culture_and_import_takes_an_edited_file_over()
    {
        // Arrange
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;
        var outFolder = Path.Combine(folder, "an-die-agentur");
        await RunAsync(folder, "setup", "--recipe", "demo");
        WithoutFarsiEntries(folder);

        // Act: export two items for two cultures, fill in Farsi, import it.
        var export = await RunAsync(folder, "xliff", "export", "--culture", "fa", "--culture", "ar",
            "--items", "demo-migrationsberatung-arnstadt,demo-naehcafe-arnstadt", "--out", outFolder);
        var files = Regex.Matches(export.Output, @"^(fa|ar): (\S+\.xlf) \(2 Einträge, (\d+) Texte\)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var farsi = XDocument.Load(files["fa"]);
        Target(farsi, "demo-migrationsberatung-arnstadt", "title", "مشاوره مهاجرت در آرنشتات");
        Target(farsi, "demo-migrationsberatung-arnstadt", "summary", "مشاوره برای مهاجران.");
        Target(farsi, "demo-naehcafe-arnstadt", "title", "Kafe-ye khayati");
        var edited = Path.Combine(folder, "von-der-agentur-fa.xlf");
        farsi.Save(edited);
        var farsiBefore = FarsiTranslations(folder);
        var import = await RunAsync(folder, "xliff", "import", edited);

        // Assert
        Assert.True(export.ExitCode == 0, export.Output);
        Assert.Equal(["ar", "fa"], files.Keys.Order());
        Assert.All(files.Values, f => XliffSchema.AssertValid(File.ReadAllText(f)));
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("Sprache: fa", import.Output);
        Assert.Contains("demo-migrationsberatung-arnstadt: veröffentlicht (Fassung 2)", import.Output);
        Assert.Contains("  summary: neu", import.Output);
        Assert.Contains("  body: übersprungen (nicht übersetzt)", import.Output);
        Assert.Contains("  slug: neu (aus dem Titel gebildet: kafe-ye-khayati)", import.Output);
        Assert.Contains("Zusammen: 5 neu, 0 geändert, 0 unverändert,", import.Output);
        Assert.Equal(farsiBefore + 2, FarsiTranslations(folder));
    }

    [Fact]
    public async Task A_faulty_file_is_refused_with_the_German_error_and_exit_code_1()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;
        await RunAsync(folder, "setup", "--recipe", "demo");
        WithoutFarsiEntries(folder);
        var export = await RunAsync(folder, "xliff", "export", "--culture", "fa", "--missing", "--out", folder);
        var file = Regex.Match(export.Output, @"^fa: (\S+\.xlf) ", RegexOptions.Multiline).Groups[1].Value;
        XliffSchema.AssertValid(File.ReadAllText(file));
        var document = XDocument.Load(file);
        var firstFile = document.Root!.Element(Ns + "file")!;
        Target(document, (string)firstFile.Attribute("id")!, "title", "عنوان");
        document.Root!.SetAttributeValue("version", "1.2");
        document.Save(file);
        var before = FarsiTranslations(folder);

        var import = await RunAsync(folder, "xliff", "import", file);
        var usage = await RunAsync(folder, "xliff", "export", "--culture", "fa", "--out", folder);
        var help = await RunAsync(folder, "help");

        Assert.True(export.ExitCode == 0, export.Output);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Die Datei hat XLIFF-Version 1.2; erwartet wird 2.0.", import.Output);
        Assert.Contains("Nichts wurde geändert.", import.Output);
        Assert.Equal(before, FarsiTranslations(folder));
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("xliff export --culture", usage.Output);
        Assert.Contains("xliff import DATEI [--accept-changed-sources]", help.Output);
    }

    /// <summary>
    /// The recipes carry Farsi for everything: these tests start from a site whose entries are not
    /// yet in Farsi (its pages are), as a county meets it when it adds a language.
    /// </summary>
    private static void WithoutFarsiEntries(string folder) =>
        CommandLineProcess.Execute(folder, """
            DELETE FROM "ContentTranslations" WHERE "Culture" = 'fa' AND "VersionId" IN
              (SELECT v."Id" FROM "ContentVersions" v JOIN "ContentItems" i ON i."Id" = v."ItemId" WHERE i."Type" <> 'Page')
            """);

    private static long FarsiTranslations(string folder) =>
        CommandLineProcess.Scalar(folder, "SELECT COUNT(*) FROM \"ContentTranslations\" WHERE \"Culture\" = 'fa'");

    private static void Target(XDocument document, string fileId, string unitId, string text)
    {
        var segment = document.Descendants(Ns + "file").Single(f => (string?)f.Attribute("id") == fileId)
            .Elements(Ns + "unit").Single(u => (string?)u.Attribute("id") == unitId)
            .Element(Ns + "segment")!;
        segment.Element(Ns + "target")?.Remove();
        segment.Add(new XElement(Ns + "target", text));
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string folder, params string[] args) =>
        CommandLineProcess.RunAsync(folder, Cultures, args);
}
