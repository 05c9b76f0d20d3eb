using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// The registration form's error page and preview have no axe violations, in German and in Arabic
/// (right to left); the form works without JavaScript, so the browser only types and clicks.
/// </summary>
[Collection(PublicPagesSite.Name)]
public class RegistrationBrowserTests(BrowserSiteFixture site)
{
    [Theory]
    [InlineData("de", 375)]
    [InlineData("ar", 1280)]
    public async Task The_form_with_mistakes_and_the_preview_have_no_axe_violations(string culture, int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync($"{site.BaseUrl}/{culture}/eintragen");

        await page.ClickAsync("form.registration-form button[type=submit]");
        await page.WaitForSelectorAsync(".notice--error");
        var errors = await page.RunAxe();
        await page.CheckAsync("input[name='Input.Type'][value='Club']");
        await page.FillAsync("#reg-title", "Schachfreunde Gehren");
        await page.FillAsync("#reg-summary", "Wir spielen Schach. Alle sind willkommen.");
        await page.FillAsync("#reg-contactName", "Erika Muster");
        await page.FillAsync("#reg-contactEmail", "erika@example.org");
        await page.ClickAsync("form.registration-form button[type=submit]");
        await page.WaitForSelectorAsync("form.registration-send");
        var preview = await page.RunAxe();

        Assert.True(errors.Violations.Length == 0, Describe(errors));
        Assert.True(preview.Violations.Length == 0, Describe(preview));
        await page.Context.CloseAsync();
    }

    private static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
}
