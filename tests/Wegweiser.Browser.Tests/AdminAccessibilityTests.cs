using Deque.AxeCore.Playwright;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>The staff pages for translation are accessible too, signed in through the real form.</summary>
[Collection(PrintAndStaffPagesSite.Name)]
public class AdminAccessibilityTests(BrowserSiteFixture site)
{
    [Theory]
    [InlineData("/admin", 1280)]
    [InlineData("/admin", 375)]
    [InlineData("/admin/vorschlaege", 1280)]
    [InlineData("/admin/moderation", 1280)]
    [InlineData("/admin/moderation", 375)]
    [InlineData("/admin/medien", 375)]
    [InlineData("/admin/uebersetzungen", 1280)]
    [InlineData("/admin/uebersetzungen", 375)]
    [InlineData("/admin/uebersetzungen/anonymer-krankenschein/ar", 1280)]
    [InlineData("/admin/uebersetzungen/anonymer-krankenschein/fa", 375)]
    [InlineData("/admin/uebersetzungen/anonymer-krankenschein/de", 1280)]
    [InlineData("/admin/uebersetzungen/namen", 375)]
    [InlineData("/admin/uebersetzungen/namen/ar", 1280)]
    [InlineData("/admin/uebersetzungen/namen/uk", 375)]
    [InlineData("/admin/suchindex", 375)]
    [InlineData("/admin/pruefrunden", 1280)]
    [InlineData("/admin/pruefrunden", 375)]
    [InlineData("/admin/ansprueche", 1280)]
    [InlineData("/admin/ansprueche", 375)]
    [InlineData("/admin/kontaktanfragen", 1280)]
    [InlineData("/admin/kontaktanfragen", 375)]
    [InlineData("/admin/konten", 1280)]
    [InlineData("/admin/konten", 375)]
    [InlineData("/admin/konten/neu", 1280)]
    [InlineData("/admin/konten/neu", 375)]
    [InlineData("/admin/eintraege/demo-sprachschule-arnstadt/kalender", 1280)]
    [InlineData("/admin/eintraege/demo-sprachschule-arnstadt/kalender", 375)]
    public async Task Staff_pages_have_no_axe_violations(string url, int width)
    {
        var page = await site.SignedInPageAsync(url, width);

        var result = await page.RunAxe();

        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{url} at {width}px:\n{violations}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task An_account_page_and_a_refused_new_account_have_no_axe_violations(int width)
    {
        var page = await site.SignedInPageAsync("/admin/konten", width);
        await page.ClickAsync("table a >> text=\"admin\"");
        await page.WaitForURLAsync("**/admin/konten/*");
        var account = await page.RunAxe();
        await page.GotoAsync(site.BaseUrl + "/admin/konten/neu");
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForSelectorAsync(".notice--error");
        var refused = await page.RunAxe();

        Assert.True(account.Violations.Length == 0, StaffPages.Describe(account));
        Assert.True(refused.Violations.Length == 0, StaffPages.Describe(refused));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_calendar_address_names_its_field_and_has_no_axe_violations()
    {
        var page = await site.SignedInPageAsync("/admin/eintraege/demo-sprachschule-arnstadt/kalender", 375);
        await page.FillAsync("#cal-url", "ftp://partner.example/kalender.ics");
        await page.ClickAsync("text=Kalender abonnieren");
        await page.WaitForSelectorAsync("#cal-url-error");
        var result = await page.RunAxe();

        Assert.Equal("true", await page.GetAttributeAsync("#cal-url", "aria-invalid"));
        Assert.Contains("cal-url-error", await page.GetAttributeAsync("#cal-url", "aria-describedby") ?? "");
        Assert.True(result.Violations.Length == 0, StaffPages.Describe(result));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_reindex_button_shows_progress_and_then_the_outcome()
    {
        var page = await site.SignedInPageAsync("/admin/suchindex", 1280);

        await page.ClickAsync("text=Suchindex neu aufbauen");
        await page.WaitForSelectorAsync("text=Einträge in allen Sprachen", new() { Timeout = 30_000 });
        var result = await page.RunAxe();

        Assert.Contains("Fertig:", await page.Locator("#reindex-status").TextContentAsync());
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => v.Id)));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Two_factor_setup_and_code_step_have_no_axe_violations(int width)
    {
        var editor = $"redaktion{width}";
        await TestAccounts.CreateWithoutTwoFactorAsync(site.Factory, editor, Wegweiser.Web.Features.Accounts.Roles.Editor);
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + "/konto/anmelden?ReturnUrl=%2Fkonto%2Fzwei-faktor");
        await page.FillAsync("#si-user", editor);
        await page.FillAsync("#si-password", TestAccounts.Password);
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForURLAsync("**/konto/zwei-faktor**");
        var setup = await page.RunAxe();

        var codePage = await site.NewPageAsync(width);
        await codePage.GotoAsync(site.BaseUrl + "/konto/anmelden");
        await codePage.FillAsync("#si-user", "admin");
        await codePage.FillAsync("#si-password", WegweiserFactory.AdminPassword);
        await codePage.ClickAsync("form.contact-form button[type=submit]");
        await codePage.WaitForURLAsync("**/konto/anmelden-code**");
        var code = await codePage.RunAxe();

        Assert.True(setup.Violations.Length == 0, StaffPages.Describe(setup));
        Assert.True(code.Violations.Length == 0, StaffPages.Describe(code));
        await page.Context.CloseAsync();
        await codePage.Context.CloseAsync();
    }
}
