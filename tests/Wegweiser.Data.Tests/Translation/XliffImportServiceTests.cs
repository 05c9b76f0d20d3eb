using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Stores;
using Wegweiser.Data.Translation;
using Wegweiser.Tests.Shared;
using static Wegweiser.Data.Tests.Translation.XliffExportServiceTests;

namespace Wegweiser.Data.Tests.Translation;

public class XliffImportServiceTests
{
    private const string Service = "demo-migrationsberatung-arnstadt";
    private const string Course = "demo-integrationskurs-a1-arnstadt";
    private const string Club = "demo-naehcafe-arnstadt";

    private static readonly XNamespace Ns = XliffFormat.Namespace;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Farsi_from_an_agency_goes_live_with_the_German_source_version(string provider)
    {
        // Arrange: export missing Farsi for three items and fill in the targets, as an agency would.
        using var database = new TestDatabase(provider);
        XDocument document;
        await using (var db = await DemoAsync(database))
        {
            document = (await new XliffExportService(db, new ContentStore(db)).ExportAsync("fa", SiteCultures, [Service, Course, Club]))!.Document;
        }

        SetTarget(document, Service, "title", "مشاوره مهاجرت در آرنشتات");
        SetTarget(document, Service, "summary", "مشاوره برای مهاجران در آرنشتات.");
        SetTarget(document, Service, "slug", "moshavere-mohajerat-arnstadt");
        SetTarget(document, Course, "title", "دوره ادغام سطح آ۱ در آرنشتات");
        SetTarget(document, Club, "title", "Kafe-ye khayati Arnstadt");
        var file = Bytes(document);
        XliffSchema.AssertValid(Encoding.UTF8.GetString(file));

        // Act
        XliffImportReport report;
        await using (var db = database.CreateContext())
        {
            report = await Import(db, file);
        }

        // Assert
        Assert.Equal("fa", report.Culture);
        Assert.All(report.Items, i => Assert.Equal(XliffItemOutcome.Published, i.Outcome));
        // Three titles, a summary, the proposed slug and two slugs made by Wegweiser.
        Assert.Equal(7, report.Count(XliffUnitOutcome.Added));
        await using var read = database.CreateContext();
        var store = new ContentStore(read);
        foreach (var key in new[] { Service, Course, Club })
        {
            var item = (await store.FindByKeyAsync(key))!;
            var published = item.Published!;
            Assert.Equal(2, published.Number);
            var farsi = published.Translation("fa")!;
            Assert.Equal(published.Translation("de")!.SourceVersion, farsi.SourceVersion);
            Assert.Equal(TranslationStatus.UpToDate, published.TranslationStatus("fa"));
            Assert.True(Slug.IsValid(farsi.Slug));
            Assert.Null(item.Versions.Single(v => v.Number == 1).Translation("fa"));
        }

        var live = await store.PublishedBySlugAsync(ContentType.Service, "fa", "moshavere-mohajerat-arnstadt");
        Assert.Equal("مشاوره مهاجرت در آرنشتات", live!.Version.Translation("fa")!.Title);
        Assert.Equal("مشاوره برای مهاجران در آرنشتات.", live.Version.Translation("fa")!.Fields["summary"]);
        Assert.Equal("kafe-ye-khayati-arnstadt", (await store.FindByKeyAsync(Club))!.Published!.Translation("fa")!.Slug);
        Assert.Equal(3, await read.AuditEntries.CountAsync(a => a.Action == "translation.imported"));
        var again = await new XliffExportService(read, store).ExportAsync("fa", SiteCultures, keys: null);
        var ids = again!.Document.Descendants(Ns + "file").Select(f => (string)f.Attribute("id")!).ToList();
        Assert.DoesNotContain(Service, ids);
        Assert.DoesNotContain(Club, ids);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_faulty_file_gives_a_clear_German_error_and_changes_nothing(string provider)
    {
        using var database = new TestDatabase(provider);
        XDocument exported;
        await using (var db = await DemoAsync(database))
        {
            exported = (await new XliffExportService(db, new ContentStore(db)).ExportAsync("fa", SiteCultures, [Service, Club]))!.Document;
        }

        SetTarget(exported, Service, "title", "مشاوره مهاجرت");
        SetTarget(exported, Club, "title", "Kafe-ye khayati");
        var cases = new (string Name, Func<XDocument, byte[]> File, string Expected)[]
        {
            ("malformed", d => Encoding.UTF8.GetBytes(Text(d).Replace("</target>", "</targte>")), "Die Datei ist kein gültiges XML (Zeile "),
            ("version 1.2", d => Bytes(d, x => x.Root!.SetAttributeValue("version", "1.2")), "Die Datei hat XLIFF-Version 1.2; erwartet wird 2.0."),
            ("unknown item", d => Bytes(d, x => FileOf(x, Club).SetAttributeValue("id", "xyz")), "Unbekannter Eintrag: 'xyz'."),
            ("unknown unit", d => Bytes(d, x => UnitOf(x, Service, "summary").SetAttributeValue("id", "kosten")),
                $"Unbekanntes Feld 'kosten' bei '{Service}' (erlaubt: title, slug, summary, body, cost, eligibility, access)."),
            ("not a site culture", d => Bytes(d, x => x.Root!.SetAttributeValue("trgLang", "tr")),
                "Die Zielsprache 'tr' ist keine Sprache dieser Website (vorhanden: en, ar, fa)."),
            ("German as target", d => Bytes(d, x => x.Root!.SetAttributeValue("trgLang", "de")),
                "Die Zielsprache ist Deutsch ('de'), die Ausgangssprache; erwartet wird eine andere Sprache der Website."),
            ("invalid slug", d => Bytes(d, x => SetTarget(x, Service, "slug", "Moshavere!")),
                $"Der Slug 'Moshavere!' bei '{Service}' ist ungültig: erlaubt sind a–z, 0–9 und einzelne Bindestriche."),
        };
        var before = await CountsAsync(database);

        foreach (var (name, file, expected) in cases)
        {
            await using var db = database.CreateContext();
            var error = await Assert.ThrowsAsync<XliffException>(() => Import(db, file(new XDocument(exported))));

            Assert.True(error.Problems.Count == 1 && error.Problems[0].StartsWith(expected, StringComparison.Ordinal),
                $"{name}: {string.Join(" | ", error.Problems)}");
            Assert.Equal(before, await CountsAsync(database));
        }

        await using var last = database.CreateContext();
        var malformed = await Assert.ThrowsAsync<XliffException>(() => Import(last, cases[0].File(new XDocument(exported))));
        Assert.Matches(@"^Die Datei ist kein gültiges XML \(Zeile \d+, Position \d+\)\.$", Assert.Single(malformed.Problems));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_German_text_changed_since_the_export_refuses_the_file_unless_accepted(string provider)
    {
        // Arrange: export, then an editor changes the German summary and publishes it.
        using var database = new TestDatabase(provider);
        XDocument exported;
        await using (var db = await DemoAsync(database))
        {
            exported = (await new XliffExportService(db, new ContentStore(db)).ExportAsync("fa", SiteCultures, [Service]))!.Document;
        }

        SetTarget(exported, Service, "title", "مشاوره مهاجرت");
        SetTarget(exported, Service, "summary", "مشاوره.");
        await using (var db = database.CreateContext())
        {
            var item = (await new ContentStore(db).FindByKeyAsync(Service))!;
            var german = item.Published!.Translation("de")!;
            var draft = item.EditableVersion(DateTime.UtcNow, "redaktion");
            draft.SetTranslation("de", german.Slug, german.Title, new Dictionary<string, string>(german.Fields) { ["summary"] = "Beratung für Zugewanderte, jetzt auch samstags." });
            item.Transition(WorkflowState.Published, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var before = await CountsAsync(database);

        // Act
        XliffException error;
        await using (var db = database.CreateContext())
        {
            error = await Assert.ThrowsAsync<XliffException>(() => Import(db, Bytes(exported)));
        }

        var afterRefusal = await CountsAsync(database);
        XliffImportReport report;
        await using (var db = database.CreateContext())
        {
            report = await Import(db, Bytes(exported), acceptChangedSources: true);
        }

        // Assert
        Assert.Equal([$"Der deutsche Text von '{Service}' (summary) wurde seit dem Export geändert."], error.Problems);
        Assert.Equal(before, afterRefusal);
        var units = report.Items.Single().Units.ToDictionary(u => u.UnitId);
        Assert.Equal(XliffUnitOutcome.Skipped, units["summary"].Outcome);
        Assert.Equal("deutscher Text seit dem Export geändert", units["summary"].Reason);
        Assert.Equal(XliffUnitOutcome.Added, units["title"].Outcome);
        await using var read = database.CreateContext();
        var published = (await new ContentStore(read).FindByKeyAsync(Service))!.Published!;
        Assert.Equal(3, published.Number);
        Assert.Equal("مشاوره مهاجرت", published.Translation("fa")!.Title);
        Assert.Equal(TranslationStatus.Outdated, published.TranslationStatus("fa"));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_import_into_a_version_in_review_sends_it_back_to_draft_and_cancels_its_planned_publication(string provider)
    {
        // Arrange: after the export, an English fix of the service waits in review, planned for publication.
        using var database = new TestDatabase(provider);
        XDocument document;
        await using (var db = await DemoAsync(database))
        {
            document = (await new XliffExportService(db, new ContentStore(db)).ExportAsync("fa", SiteCultures, [Service]))!.Document;
            var item = (await new ContentStore(db).FindByKeyAsync(Service))!;
            var english = item.Latest.Translation("en")!;
            item.EditableVersion(DateTime.UtcNow, "redaktion").SetTranslation("en", english.Slug, english.Title + " (fixed)", english.Fields);
            item.Transition(WorkflowState.InReview, DateTime.UtcNow);
            db.ScheduledActions.Add(new ScheduledAction
            {
                ItemId = item.Id, Kind = ScheduledActionKind.Publish, DueUtc = DateTime.UtcNow.AddDays(1),
                CreatedBy = "beauftragte", CreatedUtc = DateTime.UtcNow, VersionNumber = item.Latest.Number,
            });
            await db.SaveChangesAsync();
        }

        SetTarget(document, Service, "title", "مشاوره مهاجرت در آرنشتات");

        // Act
        XliffImportReport report;
        await using (var db = database.CreateContext())
        {
            report = await Import(db, Bytes(document));
        }

        // Assert: the reviewer has not read the Farsi text, so the version is a draft again and the plan is gone, both audited.
        var result = Assert.Single(report.Items);
        Assert.Equal(XliffItemOutcome.WaitsForOpenDraft, result.Outcome);
        Assert.True(result.SentBackToDraft);
        await using var read = database.CreateContext();
        var saved = (await new ContentStore(read).FindByKeyAsync(Service))!;
        Assert.Equal(WorkflowState.Draft, saved.Latest.State);
        Assert.Equal("مشاوره مهاجرت در آرنشتات", saved.Latest.Translation("fa")!.Title);
        Assert.Null(saved.Published!.Translation("fa"));
        Assert.Equal(0, await read.ScheduledActions.CountAsync());
        var audit = await read.AuditEntries.Where(a => a.ItemId == saved.Id).OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName, a.Comment }).ToListAsync();
        Assert.Equal(["translation.imported", "workflow.editedback", "schedule.cancelled"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("agentur", a.UserName));
        Assert.Equal("edited", audit[2].Comment);
    }

    private static Task<XliffImportReport> Import(WegweiserDbContext db, byte[] file, bool acceptChangedSources = false) =>
        new XliffImportService(db, TimeProvider.System).ImportAsync(new MemoryStream(file), SiteCultures, acceptChangedSources, "agentur");

    private static async Task<(int Versions, int Translations, int Audit)> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.ContentVersions.CountAsync(), await db.ContentTranslations.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private static XElement FileOf(XDocument document, string key) =>
        document.Descendants(Ns + "file").Single(f => (string?)f.Attribute("id") == key);

    private static XElement UnitOf(XDocument document, string key, string unitId) =>
        FileOf(document, key).Elements(Ns + "unit").Single(u => (string?)u.Attribute("id") == unitId);

    private static void SetTarget(XDocument document, string key, string unitId, string text)
    {
        var segment = UnitOf(document, key, unitId).Element(Ns + "segment")!;
        segment.Element(Ns + "target")?.Remove();
        segment.Add(new XElement(Ns + "target", text));
    }

    private static byte[] Bytes(XDocument document, Action<XDocument>? change = null)
    {
        change?.Invoke(document);
        using var stream = new MemoryStream();
        XliffWriter.Save(document, stream);
        return stream.ToArray();
    }

    private static string Text(XDocument document) => Encoding.UTF8.GetString(Bytes(document));
}
