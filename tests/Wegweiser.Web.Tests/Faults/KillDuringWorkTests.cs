using System.Xml.Linq;

namespace Wegweiser.Web.Tests.Faults;

/// <summary>
/// kill -9 of the real executable in the middle of its work: the SQLite database stays sound, and
/// the next run finishes the work without duplicates (the same rows as an undisturbed run).
/// </summary>
public sealed partial class KillDuringWorkTests
{
    private static readonly string[] Setup = ["setup", "--recipe", "demo"];

    // EF Core logs each migration it applies while it holds the lock row: the kill follows that
    // line, not a poll of the database (which on a loaded machine missed the second it is held).
    private static readonly Dictionary<string, string> MigrationLog = new()
    {
        ["Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Migrations"] = "Information",
    };

    [Fact]
    public async Task Setup_killed_while_migrating_or_after_the_recipe_is_finished_by_the_next_run_without_duplicates()
    {
        // Arrange: an undisturbed run to compare with.
        var expected = SiteProcess.Inspect(await SiteProcess.DemoSiteAsync()).Rows;

        // Moments: while migrating, holding EF's lock row (which, left behind, made every later
        // start wait for ever), and right after the recipe's transaction, before the first
        // administrator exists.
        foreach (var moment in new[] { "migration lock", "Applied recipes" })
        {
            // Act
            // After "Applied recipes" the process has only the administrator left to create: on a
            // loaded machine it sometimes finished before the kill landed. Such a run proves
            // nothing either way, so it is tried again on a new folder, up to three times.
            string folder;
            int? code;
            string output;
            var attempts = 0;
            do
            {
                folder = SiteProcess.NewDataFolder();
                (code, output) = moment == "migration lock"
                    ? await SiteProcess.RunAsync(folder, Setup, "Applying migration '", environment: MigrationLog)
                    : await SiteProcess.RunAsync(folder, Setup, moment);
            }
            while (code == 0 && ++attempts < 3);
            var afterKill = SiteProcess.Inspect(folder);
            var again = await SiteProcess.RunToEndAsync(folder, Setup);
            var after = SiteProcess.Inspect(folder);

            // Assert
            Assert.True(code is null, $"The run was not killed at '{moment}' (exit {code}):\n{output}");
            Assert.Equal("ok", afterKill.Integrity);
            if (moment == "migration lock")
            {
                // Killed inside the migration window: EF's lock row is still there, or (when the kill
                // landed a moment later on a busy machine) migrations or the recipe are unfinished.
                var unfinished = afterKill.Rows.GetValueOrDefault("__EFMigrationsLock") == 1
                    || afterKill.Rows.GetValueOrDefault("__EFMigrationsHistory") < expected["__EFMigrationsHistory"]
                    || afterKill.Rows.GetValueOrDefault("AppliedRecipes") < expected["AppliedRecipes"];
                Assert.True(unfinished, $"The kill at '{moment}' came after set-up had finished:\n{output}");
            }

            Assert.Equal("ok", after.Integrity);
            Assert.Equal(expected, after.Rows);
            Assert.Equal(2, after.Rows["AppliedRecipes"]);
            Assert.Equal(0, after.Rows["__EFMigrationsLock"]);
            Assert.Contains("Benutzername: admin", again);
        }
    }

    [Fact]
    public async Task An_XLIFF_import_killed_midway_is_all_or_nothing_and_the_next_run_does_not_double_it()
    {
        // Arrange: a set-up site whose entries are not yet in Ukrainian (the recipes carry it for
        // everything), an export for Ukrainian filled in like an agency would, and an undisturbed
        // import on a copy to compare with.
        var site = await SiteProcess.DemoSiteCopyAsync();
        SiteProcess.Execute(site, """
            DELETE FROM "ContentTranslations" WHERE "Culture" = 'uk' AND "VersionId" IN
              (SELECT v."Id" FROM "ContentVersions" v JOIN "ContentItems" i ON i."Id" = v."ItemId" WHERE i."Type" <> 'Page')
            """);
        var exports = System.IO.Directory.CreateDirectory(Path.Combine(site, "export")).FullName;
        await SiteProcess.RunToEndAsync(site, "xliff", "export", "--culture", "uk", "--missing", "--out", exports);
        var file = Translate(System.IO.Directory.GetFiles(exports, "*.xlf").Single());
        var before = SiteProcess.Inspect(site).Rows;
        var clean = SiteProcess.CopyOf(site);
        await SiteProcess.RunToEndAsync(clean, "xliff", "import", file);
        var expected = SiteProcess.Inspect(clean).Rows;
        Assert.True(expected["ContentTranslations"] > before["ContentTranslations"], "The undisturbed import added no translations.");

        // Act: killed shortly after start (its transaction may or may not have committed), then run again.
        var folder = SiteProcess.CopyOf(site);
        var (code, _) = await SiteProcess.RunAsync(folder, ["xliff", "import", file], "", TimeSpan.FromMilliseconds(1200));
        var afterKill = SiteProcess.Inspect(folder);
        await SiteProcess.RunToEndAsync(folder, "xliff", "import", file);
        var after = SiteProcess.Inspect(folder);

        // Assert: after the kill either nothing or everything; after the second run the same as undisturbed.
        Assert.Equal("ok", afterKill.Integrity);
        Assert.True(
            afterKill.Rows["ContentTranslations"] == before["ContentTranslations"] || afterKill.Rows["ContentTranslations"] == expected["ContentTranslations"],
            $"Half an import after the kill (exit {code}): {afterKill.Rows["ContentTranslations"]} translations.");
        Assert.Equal("ok", after.Integrity);
        Assert.Equal(expected["ContentItems"], after.Rows["ContentItems"]);
        Assert.Equal(expected["ContentVersions"], after.Rows["ContentVersions"]);
        Assert.Equal(expected["ContentTranslations"], after.Rows["ContentTranslations"]);
    }

    /// <summary>Fills every target except the slugs (the site makes those from the title).</summary>
    private static string Translate(string path)
    {
        XNamespace x = "urn:oasis:names:tc:xliff:document:2.0";
        var document = XDocument.Load(path);
        foreach (var segment in document.Descendants(x + "segment").Where(s => (string?)s.Parent!.Attribute("id") != "slug"))
        {
            var source = segment.Element(x + "source")!;
            source.AddAfterSelf(new XElement(x + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), "Укр " + source.Value));
        }

        var translated = Path.Combine(Path.GetDirectoryName(path)!, "uk-translated.xlf");
        document.Save(translated);
        return translated;
    }
}
