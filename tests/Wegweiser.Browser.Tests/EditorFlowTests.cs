using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// The editor's flow in a real browser: create an entry, submit it, approve and publish it, see it
/// on the public site; every editor page on the way passes axe.
/// </summary>
public class EditorFlowTests(BrowserSiteFixture site) : IClassFixture<BrowserSiteFixture>
{
    [Fact]
    public async Task An_entry_goes_from_the_new_form_to_the_public_site_and_every_page_passes_axe()
    {
        var page = await SignedInAsync("/admin/eintraege");
        await AssertAxeAsync(page);

        await page.GotoAsync(site.BaseUrl + "/admin/eintraege/neu?typ=Service");
        await AssertAxeAsync(page);
        await page.FillAsync("#e-title", "Beratung für Neuankömmlinge in Plaue");
        await page.FillAsync("#e-text-summary", "Wir helfen Ihnen in den ersten Wochen.");
        await page.FillAsync("#e-phone", "+49 3628 123456");
        await page.FillAsync("#e-hours", "Di 10:00-12:00");
        await Submit(page, "form.entry-form button[type=submit]");
        await page.WaitForURLAsync("**/admin/eintraege/beratung-fuer-neuankoemmlinge-in-plaue?erledigt=gespeichert");
        await AssertAxeAsync(page);

        await Submit(page, "form[action$='handler=Submit'] button");
        await page.WaitForURLAsync("**?erledigt=eingereicht");
        await Submit(page, "form[action$='handler=Publish'] button");
        await page.WaitForURLAsync("**?erledigt=veroeffentlicht");

        await page.FillAsync("#e-text-summary", "Wir helfen Ihnen in den ersten Wochen und Monaten.");
        await Submit(page, "form.entry-form button[type=submit]");
        await page.WaitForURLAsync("**?erledigt=gespeichert");
        await page.GotoAsync(site.BaseUrl + "/admin/eintraege/beratung-fuer-neuankoemmlinge-in-plaue/vergleich?von=1&bis=2");
        Assert.Contains("Monaten", await page.InnerTextAsync("td.diff ins"));
        await AssertAxeAsync(page);
        await page.GotoAsync(site.BaseUrl + "/admin/eintraege/beratung-fuer-neuankoemmlinge-in-plaue/verlauf");
        await AssertAxeAsync(page);
        await page.GotoAsync(site.BaseUrl + "/admin/eintraege/beratung-fuer-neuankoemmlinge-in-plaue/vorschau");
        await AssertAxeAsync(page);

        var visitor = await site.NewPageAsync(375);
        await visitor.GotoAsync(site.BaseUrl + "/de/angebote/beratung-fuer-neuankoemmlinge-in-plaue");
        Assert.Equal("Beratung für Neuankömmlinge in Plaue", await visitor.InnerTextAsync("h1"));
        await visitor.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_form_with_mistakes_names_them_at_the_fields_and_passes_axe()
    {
        var page = await SignedInAsync("/admin/eintraege/demo-chor-ilmenau");
        await page.FillAsync("#e-title", "");
        await page.FillAsync("#e-email", "kein-at-zeichen");
        await Submit(page, "form.entry-form button[type=submit]");
        await page.WaitForSelectorAsync("#err-title");

        Assert.Equal("true", await page.GetAttributeAsync("#e-email", "aria-invalid"));
        Assert.Contains("err-email", await page.GetAttributeAsync("#e-email", "aria-describedby") ?? "");
        await AssertAxeAsync(page);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignedInAsync(string url)
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync(site.BaseUrl + "/konto/anmelden?ReturnUrl=" + Uri.EscapeDataString(url));
        await page.FillAsync("#si-user", "admin");
        await page.FillAsync("#si-password", WegweiserFactory.AdminPassword);
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForURLAsync("**/konto/anmelden-code**"); // administrators sign in with a second factor
        await page.FillAsync("#sc-code", Totp.Code(TestAccounts.AuthenticatorKey, DateTimeOffset.UtcNow));
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForURLAsync("**" + url);
        return page;
    }

    private static async Task Submit(IPage page, string button) => await page.ClickAsync(button);

    private static async Task AssertAxeAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url}:\n{violations}");
    }
}
