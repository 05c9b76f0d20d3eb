using Deque.AxeCore.Playwright;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>The staff pages for translation are accessible too, signed in through the real form.</summary>
public class AdminAccessibilityTests(BrowserSiteFixture site) : IClassFixture<BrowserSiteFixture>
{
    [Theory]
    [InlineData("/admin", 1280)]
    [InlineData("/admin", 375)]
    [InlineData("/admin/vorschlaege", 1280)]
    [InlineData("/admin/medien", 375)]
    [InlineData("/admin/uebersetzungen", 1280)]
    [InlineData("/admin/uebersetzungen", 375)]
    [InlineData("/admin/uebersetzungen/anonymer-krankenschein/ar", 1280)]
    [InlineData("/admin/uebersetzungen/anonymer-krankenschein/fa", 375)]
    [InlineData("/admin/uebersetzungen/anonymer-krankenschein/de", 1280)]
    [InlineData("/admin/suchindex", 375)]
    public async Task Staff_pages_have_no_axe_violations(string url, int width)
    {
        var page = await SignedInPageAsync(url, width);

        var result = await page.RunAxe();

        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{url} at {width}px:\n{violations}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_reindex_button_shows_progress_and_then_the_outcome()
    {
        var page = await SignedInPageAsync("/admin/suchindex", 1280);

        await page.ClickAsync("text=Suchindex neu aufbauen");
        await page.WaitForSelectorAsync("text=Einträge in allen Sprachen", new() { Timeout = 30_000 });
        var result = await page.RunAxe();

        Assert.Contains("Fertig:", await page.Locator("#reindex-status").TextContentAsync());
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => v.Id)));
        await page.Context.CloseAsync();
    }

    private async Task<Microsoft.Playwright.IPage> SignedInPageAsync(string url, int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + "/konto/anmelden?ReturnUrl=" + Uri.EscapeDataString(url));
        await page.FillAsync("#si-user", "admin");
        await page.FillAsync("#si-password", WegweiserFactory.AdminPassword);
        // The sign-in form, not the search form in the site header.
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForURLAsync("**" + url);
        return page;
    }
}
