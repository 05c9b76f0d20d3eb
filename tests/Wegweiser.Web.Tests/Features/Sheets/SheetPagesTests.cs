using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Sheets;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Sheets;

/// <summary>
/// /admin/tabellen as an editor uses it: download, upload, preview (nothing written yet, only for
/// the uploader), confirm; a bad upload is answered with the table of problems.
/// </summary>
public class SheetPagesTests : IAsyncLifetime
{
    private const string Service = "demo-gesundheitslotsen-ilmenau";
    private readonly WegweiserFactory _factory = new("demo");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_editor_downloads_uploads_sees_the_preview_and_confirms()
    {
        // Arrange
        var editor = await EditorSite.SignedInAsync(_factory, "redaktion", Roles.Editor);
        var other = await EditorSite.SignedInAsync(_factory, "redaktion2", Roles.Editor);
        var page = await editor.GetStringAsync("/admin/tabellen");
        var download = await editor.GetAsync("/admin/tabellen?handler=Export&typ=Service&format=csv&sprache=en");
        var csv = await download.Content.ReadAsByteArrayAsync();
        var rows = SheetFiles.Rows(csv, SheetFormat.Csv);
        rows.Single(r => (string?)r["key"] == Service)["title:en"] = "Health guides in Ilmenau";

        // Act
        var upload = await UploadAsync(editor, SheetFiles.Write(rows, SheetFormat.Csv), "angebote.csv");
        var preview = upload.Headers.Location!.OriginalString;
        var previewPage = await editor.GetStringAsync(preview);
        var stranger = await other.GetAsync(preview);
        var before = await EditorSite.ItemAsync(_factory, Service);
        var confirm = await EditorSite.PostAsync(editor, preview, preview);
        var confirmPage = await confirm.Content.ReadAsStringAsync();
        var after = await EditorSite.ItemAsync(_factory, Service);
        var again = await editor.GetAsync(preview);

        // Assert
        Assert.Contains("/admin/tabellen", page);
        Assert.Contains("enctype=\"multipart/form-data\"", page);
        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", download.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("\uFEFFkey;version;stamp;title:de;title:en;slug:de;slug:en;", Encoding.UTF8.GetString(csv));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Matches("^/admin/tabellen/vorschau/[0-9a-f]{64}$", preview);
        Assert.Contains("Noch ist nichts gespeichert. 1 Einträge würden sich ändern", previewPage);
        Assert.Contains("en.title", previewPage);
        Assert.Contains("Health guides in Ilmenau", previewPage);
        Assert.DoesNotContain("Sofort veröffentlichen", previewPage);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Übernommen: 1 Einträge geändert", confirmPage);
        Assert.Equal(before.Latest.Number + 1, after.Latest.Number);
        Assert.Equal("Health guides in Ilmenau", after.Latest.Translation("en")!.Title);
        Assert.NotEqual("Health guides in Ilmenau", after.Published!.Translation("en")?.Title);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_bad_upload_shows_the_problems_by_row_and_column()
    {
        var editor = await EditorSite.SignedInAsync(_factory, "redaktion", Roles.Editor);
        var rows = SheetFiles.Rows(await SheetFiles.ExportAsync(_factory, ContentType.Service, SheetFormat.Xlsx), SheetFormat.Xlsx);
        rows[0]["email"] = "keine adresse";
        var upload = await UploadAsync(editor, SheetFiles.Write(rows, SheetFormat.Xlsx), "angebote.xlsx");
        var preview = await editor.GetStringAsync(upload.Headers.Location!.OriginalString);

        var notASheet = await UploadAsync(editor, "%PDF-1.7"u8.ToArray(), "brief.xlsx");
        var notASheetPage = await notASheet.Content.ReadAsStringAsync();

        Assert.Contains("Die Tabelle wurde nicht übernommen. Es gibt 1 Fehler.", preview);
        Assert.Contains("<td>2</td>", preview);
        Assert.Contains("(email)</td>", preview);
        Assert.DoesNotContain("Änderungen übernehmen", preview);
        Assert.Equal(HttpStatusCode.BadRequest, notASheet.StatusCode);
        Assert.Contains("keine lesbare Excel-Tabelle", notASheetPage);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var token = await TestAccounts.TokenAsync(client, "/admin/tabellen");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return await client.PostAsync("/admin/tabellen", content);
    }
}
