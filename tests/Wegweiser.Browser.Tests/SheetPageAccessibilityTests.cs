using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>The spreadsheet pages (/admin/tabellen and a preview, with changes and with problems) have no axe violations.</summary>
[Collection(PrintAndStaffPagesSite.Name)]
public class SheetPageAccessibilityTests(BrowserSiteFixture site)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_sheet_page_and_its_previews_have_no_axe_violations(int width)
    {
        var page = await site.SignedInPageAsync("/admin/tabellen", width);
        var index = await page.RunAxe();
        var export = await page.Context.APIRequest.GetAsync(site.BaseUrl + "/admin/tabellen?handler=Export&typ=Service&format=csv");
        var csv = Encoding.UTF8.GetString(await export.BodyAsync());
        var changed = new Regex("Beispiel-Eintrag: ").Replace(csv, "Beispiel: ", 1);

        var withChanges = await UploadAsync(page, changed, "angebote.csv");
        await page.WaitForSelectorAsync("text=Änderungen übernehmen");
        var changes = await page.RunAxe();
        await UploadAsync(page, "a;b\n1;2\n", "falsch.csv");
        await page.WaitForSelectorAsync("#sheet-problems");
        var problems = await page.RunAxe();

        Assert.True(export.Ok, export.StatusText);
        Assert.True(withChanges, "the upload did not lead to a preview");
        Assert.True(index.Violations.Length == 0, StaffPages.Describe(index));
        Assert.True(changes.Violations.Length == 0, StaffPages.Describe(changes));
        Assert.True(problems.Violations.Length == 0, StaffPages.Describe(problems));
        await page.Context.CloseAsync();
    }

    private async Task<bool> UploadAsync(IPage page, string text, string name)
    {
        await page.GotoAsync(site.BaseUrl + "/admin/tabellen");
        await page.SetInputFilesAsync("#s-datei", new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) });
        await page.ClickAsync("text=Hochladen und prüfen");
        await page.WaitForURLAsync("**/admin/tabellen/vorschau/*");
        return true;
    }
}
