using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Data.Recipes;
using Wegweiser.Data.Stores;
using Wegweiser.Data.Translation;
using Wegweiser.Tests.Shared;

namespace Wegweiser.Data.Tests.Translation;

public class XliffExportServiceTests
{
    public static readonly IReadOnlyList<string> SiteCultures = ["de", "en", "ar", "fa"];

    private static readonly XNamespace Ns = XliffFormat.Namespace;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Missing_Farsi_takes_every_published_item_and_nothing_internal(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = await DemoAsync(database);

        var export = await new XliffExportService(db, new ContentStore(db)).ExportAsync("fa", SiteCultures, keys: null);

        Assert.NotNull(export);
        XliffSchema.AssertValid(export.Document);
        var published = await db.ContentVersions.CountAsync(v => v.IsPublished);
        var withFarsi = await db.ContentVersions.CountAsync(v => v.IsPublished && v.Translations.Any(t => t.Culture == "fa"));
        var ids = export.Document.Descendants(Ns + "file").Select(f => (string)f.Attribute("id")!).ToList();
        Assert.True(withFarsi > 0, "the county's recipe has an entry in Farsi");
        Assert.Equal(published - withFarsi, ids.Count);
        Assert.Equal(export.Items, ids.Count);
        Assert.Contains("demo-sprachpatenschaften-arnstadt", ids);
        Assert.DoesNotContain("demo-entwurf-laufgruppe-martinroda", ids);   // draft
        Assert.DoesNotContain("demo-entwurf-lesepatenschaften-plaue", ids); // in review
        Assert.DoesNotContain("impressum", ids);                            // draft page
        var xml = export.Document.ToString();
        Assert.DoesNotContain("Erika Beispiel", xml);
        Assert.DoesNotContain("erika.beispiel@", xml);
        Assert.DoesNotContain("+49 000 0000031", xml);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Selected_items_are_exported_in_the_order_asked_and_unknown_keys_are_refused(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = await DemoAsync(database);
        var exporter = new XliffExportService(db, new ContentStore(db));

        var export = await exporter.ExportAsync("AR", SiteCultures, ["demo-naehcafe-arnstadt", "demo-migrationsberatung-arnstadt"]);
        var error = await Assert.ThrowsAsync<XliffException>(() => exporter.ExportAsync("ar", SiteCultures, ["demo-naehcafe-arnstadt", "xyz", "demo-entwurf-laufgruppe-martinroda"]));
        var culture = await Assert.ThrowsAsync<XliffException>(() => exporter.ExportAsync("tr", SiteCultures, ["demo-naehcafe-arnstadt"]));

        Assert.NotNull(export);
        XliffSchema.AssertValid(export.Document);
        Assert.Equal("ar", export.Culture);
        Assert.Equal("ar", (string?)export.Document.Root!.Attribute("trgLang"));
        Assert.Equal(["demo-naehcafe-arnstadt", "demo-migrationsberatung-arnstadt"], export.Document.Descendants(Ns + "file").Select(f => (string)f.Attribute("id")!));
        Assert.Equal(
        [
            "Unbekannter Eintrag: 'xyz'.",
            "Der Eintrag 'demo-entwurf-laufgruppe-martinroda' ist nicht veröffentlicht; übersetzt werden nur veröffentlichte Texte.",
        ], error.Problems);
        Assert.Equal(["Die Zielsprache 'tr' ist keine Sprache dieser Website (vorhanden: en, ar, fa)."], culture.Problems);
    }

    /// <summary>A fresh database with the demo recipe (and the county's recipe it requires).</summary>
    public static async Task<WegweiserDbContext> DemoAsync(TestDatabase database)
    {
        var db = await database.CreateMigratedContextAsync();
        await new RecipeApplier(db, TimeProvider.System).ApplyAsync(RepositoryPaths.Recipes, "demo");
        // The recipes carry Farsi for everything; these tests start from a site whose entries are
        // not yet in Farsi (its pages are), as a county meets it when it adds a language.
        await db.Set<Wegweiser.Core.Content.ContentTranslation>()
            .Where(t => t.Culture == "fa" && db.ContentVersions.Any(v => v.Id == t.VersionId && db.ContentItems.Any(i => i.Id == v.ItemId && i.Type != Wegweiser.Core.Content.ContentType.Page)))
            .ExecuteDeleteAsync();
        db.ChangeTracker.Clear();
        return db;
    }
}
