using Deque.AxeCore.Playwright;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// The plain-language findings beside a German text field update while the editor types (through
/// the check endpoint, with the form's antiforgery token), and the pages stay accessible.
/// </summary>
[Collection(PrintAndStaffPagesSite.Name)]
public class PlainLanguageBrowserTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task Findings_update_as_one_types_and_the_editor_has_no_axe_violations()
    {
        var page = await site.SignedInPageAsync("/admin/eintraege/demo-chor-ilmenau", 1280);
        var before = await page.InnerTextAsync("#pl-e-text-summary");

        await page.FillAsync("#e-text-summary", "Der Antrag wird vom Amt bearbeitet. Der Leistungsbezug endet.");
        await page.WaitForSelectorAsync("#pl-e-text-summary li:has-text('Passiv')");
        var after = await page.InnerTextAsync("#pl-e-text-summary");
        var status = await page.InnerTextAsync(".plain-language:has(#pl-e-text-summary) [data-plain-status]");
        var result = await page.RunAxe();

        Assert.DoesNotContain("Passiv", before);
        Assert.Contains("Geld vom Amt", after);
        Assert.StartsWith("Verständlichkeit:", status);
        Assert.Contains("pl-e-text-summary", await page.GetAttributeAsync("#e-text-summary", "aria-describedby") ?? "");
        Assert.True(result.Violations.Length == 0, StaffPages.Describe(result));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_overview_has_no_axe_violations(int width)
    {
        var page = await site.SignedInPageAsync("/admin/verstaendlichkeit", width);

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, StaffPages.Describe(result));
        await page.Context.CloseAsync();
    }
}
