using System.Text;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Sheets;

namespace Wegweiser.Web.Tests.Features.Sheets;

/// <summary>
/// Spreadsheets out and back in on the demo site, on SQLite and on PostgreSQL: a round trip changes
/// exactly the edited cell (as a new draft), an unchanged sheet changes nothing, and every bad file is
/// refused with row, column and a German message while nothing is written.
/// </summary>
public abstract class SheetImportTests(SheetImportTests.Site site)
{
    private const string Service = "demo-migrationsberatung-arnstadt";
    private const string Course = "demo-integrationskurs-a1-arnstadt";

    /// <summary>The demo site on one database provider, shared by the tests of one class.</summary>
    public abstract class Site(string provider) : IAsyncLifetime
    {
        public WegweiserFactory Factory { get; } = new("demo", provider);

        public Task InitializeAsync()
        {
            Factory.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    public sealed class SqliteSite() : Site("sqlite");

    public sealed class PostgresSite() : Site("postgres");

    public sealed class OnSqlite(SqliteSite site) : SheetImportTests(site), IClassFixture<SqliteSite>;

    public sealed class OnPostgres(PostgresSite site) : SheetImportTests(site), IClassFixture<PostgresSite>;

    private WegweiserFactory Factory => site.Factory;

    [Fact]
    public async Task Round_trip_changes_exactly_the_edited_cell_as_a_new_draft()
    {
        // Arrange
        var sheet = await SheetFiles.ExportAsync(Factory, ContentType.Service, SheetFormat.Xlsx);
        var rows = SheetFiles.Rows(sheet, SheetFormat.Xlsx);
        rows.Single(r => (string?)r["key"] == Service)["summary:de"] = "Beratung für Menschen, die neu in Arnstadt sind.";
        var edited = SheetFiles.Write(rows, SheetFormat.Xlsx);
        var before = await VersionsByKeyAsync();
        var published = before[Service];

        // Act
        var preview = await SheetFiles.ImportAsync(Factory, edited, "angebote.xlsx", apply: false);
        var afterPreview = await VersionsByKeyAsync();
        var done = await SheetFiles.ImportAsync(Factory, edited, "angebote.xlsx", apply: true);
        var after = await VersionsByKeyAsync();

        // Assert
        Assert.True(preview.IsValid, string.Join("\n", preview.Problems));
        var change = Assert.Single(preview.Changes);
        Assert.Equal(Service, change.Key);
        Assert.True(change.NewDraft);
        var field = Assert.Single(change.Changes);
        Assert.Equal("de.summary", field.Field);
        Assert.Equal("Beratung für Menschen, die neu in Arnstadt sind.", field.New);
        Assert.Equal(before, afterPreview);
        Assert.True(done.IsValid);
        Assert.Equal(published + 1, after[Service]);
        Assert.Equal(before.Where(b => b.Key != Service), after.Where(a => a.Key != Service));
        var item = await Editorial.EditorSite.ItemAsync(Factory, Service);
        Assert.Equal(WorkflowState.Draft, item.Latest.State);
        Assert.Equal("Beratung für Menschen, die neu in Arnstadt sind.", item.Latest.Translation("de")!.Field("summary"));
        Assert.NotEqual(item.Latest.Translation("de")!.Field("summary"), item.Published!.Translation("de")!.Field("summary"));
        Assert.True(await Factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.ItemId == item.Id && a.Action == "entry.imported")));
    }

    [Fact]
    public async Task A_csv_export_has_a_BOM_semicolons_and_escaped_formulas_and_comes_back_unchanged()
    {
        var csv = await SheetFiles.ExportAsync(Factory, ContentType.Service, SheetFormat.Csv);
        var text = Encoding.UTF8.GetString(csv);
        var before = await CountsAsync();

        var plan = await SheetFiles.ImportAsync(Factory, csv, "angebote.csv", apply: true);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("\uFEFFkey;version;stamp;title:de;title:en;", text);
        Assert.Matches(";\"?'\\+49 ", text); // a phone number is text, never a formula
        Assert.DoesNotMatch(@"(^|;)[=+\-@]", text.Replace("\"", "", StringComparison.Ordinal).Split('\n')[1]);
        Assert.True(plan.IsValid, string.Join("\n", plan.Problems));
        Assert.Empty(plan.Changes);
        Assert.True(plan.Unchanged > 0);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_changed_translation_and_a_publisher_publishing_at_once()
    {
        var sheet = await SheetFiles.ExportAsync(Factory, ContentType.Course, SheetFormat.Csv, ["en"]);
        var rows = SheetFiles.Rows(sheet, SheetFormat.Csv);
        rows.Single(r => (string?)r["key"] == Course)["title:en"] = "Integration course A1 in Arnstadt";

        var plan = await SheetFiles.ImportAsync(Factory, SheetFiles.Write(rows, SheetFormat.Csv), "kurse.csv", apply: true, publish: true, role: Roles.Publisher);

        Assert.True(plan.IsValid, string.Join("\n", plan.Problems));
        Assert.Equal(["en.title"], Assert.Single(plan.Changes).Changes.Select(c => c.Field));
        var item = await Editorial.EditorSite.ItemAsync(Factory, Course);
        Assert.Equal("Integration course A1 in Arnstadt", item.Published!.Translation("en")!.Title);
        Assert.Equal(item.Latest.Number, item.Published.Number);
    }

    [Fact]
    public async Task A_wrong_header_is_refused_at_its_column()
    {
        var rows = await ServiceRowsAsync();
        var renamed = rows.Select(r => r.ToDictionary(c => c.Key == "summary:de" ? "zusammenfassung:de" : c.Key, c => c.Value)).ToList();

        await AssertRefusedAsync(SheetFiles.Write(renamed, SheetFormat.Xlsx), "a.xlsx", "Zeile 1, Spalte", "„zusammenfassung:de“");
    }

    [Fact]
    public async Task An_unknown_key_refuses_the_whole_sheet()
    {
        var rows = await ServiceRowsAsync();
        rows[0]["summary:de"] = "Geändert, darf aber nicht gespeichert werden.";
        rows[1]["key"] = "gibt-es-nicht";

        await AssertRefusedAsync(SheetFiles.Write(rows, SheetFormat.Xlsx), "a.xlsx", "Zeile 3, Spalte A (key): Einen Eintrag mit dem Schlüssel „gibt-es-nicht“ gibt es nicht.");
    }

    [Fact]
    public async Task A_bad_date_and_a_bad_email_are_refused_at_their_cells()
    {
        var courses = SheetFiles.Rows(await SheetFiles.ExportAsync(Factory, ContentType.Course, SheetFormat.Xlsx), SheetFormat.Xlsx);
        var course = courses.FindIndex(r => (string?)r["key"] == Course);
        courses[course]["courseStarts"] = "31.02.2027";
        courses[course]["email"] = "keine-adresse";

        var plan = await AssertRefusedAsync(SheetFiles.Write(courses, SheetFormat.Xlsx), "kurse.xlsx", $"Zeile {course + 2}, Spalte");

        Assert.Contains(plan.Problems, p => p.Row == course + 2 && p.Column!.EndsWith("(courseStarts)", StringComparison.Ordinal) && p.Message.Contains("Datum", StringComparison.Ordinal));
        Assert.Contains(plan.Problems, p => p.Row == course + 2 && p.Column!.EndsWith("(email)", StringComparison.Ordinal) && p.Message.Contains("E-Mail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_thousand_rows_are_refused()
    {
        var rows = await ServiceRowsAsync();
        var many = Enumerable.Range(0, 10_000).Select(i => rows[0].Take(4).ToDictionary(c => c.Key, c => c.Value)).ToList();

        await AssertRefusedAsync(SheetFiles.Write(many, SheetFormat.Csv), "viele.csv", "Zeile 5002: Die Tabelle hat zu viele Zeilen. Erlaubt sind höchstens 5.000.");
    }

    [Fact]
    public async Task A_typed_formula_is_refused_in_csv_and_xlsx()
    {
        var rows = await ServiceRowsAsync();
        rows[0]["summary:de"] = "=HYPERLINK(\"http://example.org\";\"Klick\")";
        var xlsx = SheetFiles.WithPart(SheetFiles.Write(await ServiceRowsAsync(), SheetFormat.Xlsx), "xl/worksheets/sheet1.xml",
            xml => System.Text.RegularExpressions.Regex.Replace(xml, "<x:c r=\"D2\"[^>]*>.*?</x:c>", "<x:c r=\"D2\"><x:f>1+1</x:f><x:v>2</x:v></x:c>"));

        await AssertRefusedAsync(SheetFiles.Write(rows, SheetFormat.Csv), "formel.csv", "Zeile 2, Spalte", "(summary:de): Formeln sind nicht erlaubt.");
        await AssertRefusedAsync(xlsx, "formel.xlsx", "Zeile 2, Spalte D: Formeln sind nicht erlaubt.");
    }

    [Fact]
    public async Task A_zip_bomb_an_oversized_file_and_files_that_are_no_spreadsheet_are_refused()
    {
        var bomb = SheetFiles.ZipBomb();
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");

        await AssertRefusedAsync(bomb, "bombe.xlsx", "Die Excel-Datei ist entpackt zu groß.");
        await AssertRefusedAsync(new byte[11 * 1024 * 1024], "gross.csv", "Die Datei ist zu groß.");
        await AssertRefusedAsync([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "bild.xlsx", "keine lesbare Excel-Tabelle");
        await AssertRefusedAsync([(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6], "kaputt.xlsx", "keine lesbare Excel-Tabelle");
        await AssertRefusedAsync([0xFF, 0xFE, 0x00, 0x41, 0xC3], "latin.csv", "nicht in UTF-8");
        await AssertRefusedAsync("hallo"u8.ToArray(), "notiz.txt", ".xlsx- oder .csv-Datei");
    }

    private async Task<List<Dictionary<string, object?>>> ServiceRowsAsync() =>
        SheetFiles.Rows(await SheetFiles.ExportAsync(Factory, ContentType.Service, SheetFormat.Xlsx), SheetFormat.Xlsx);

    /// <summary>The file is refused with messages containing every fragment, and the database is as before.</summary>
    private async Task<SheetPlan> AssertRefusedAsync(byte[] bytes, string fileName, params string[] fragments)
    {
        var before = await CountsAsync();
        var plan = await SheetFiles.ImportAsync(Factory, bytes, fileName, apply: true);
        var text = string.Join("\n", plan.Problems);

        Assert.False(plan.IsValid);
        Assert.All(fragments, f => Assert.Contains(f, text, StringComparison.Ordinal));
        Assert.Empty(plan.Changes);
        Assert.Equal(before, await CountsAsync());
        return plan;
    }

    private Task<(int Versions, int Translations, int Audit)> CountsAsync() => Factory.QueryAsync(async db =>
        (await db.ContentVersions.CountAsync(), await db.ContentTranslations.CountAsync(), await db.AuditEntries.CountAsync()));

    private Task<Dictionary<string, int>> VersionsByKeyAsync() => Factory.QueryAsync(async db =>
        (await db.ContentItems.AsNoTracking().Include(i => i.Versions).ToListAsync()).ToDictionary(i => i.Key, i => i.Versions.Max(v => v.Number)));
}
