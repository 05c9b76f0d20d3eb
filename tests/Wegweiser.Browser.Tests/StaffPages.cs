using Microsoft.Playwright;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>What the browser tests of staff pages share: signing in as the site's administrator, and axe findings in words.</summary>
public static class StaffPages
{
    /// <summary>
    /// A page of <paramref name="width"/> pixels signed in as the administrator (password, then the
    /// authenticator code), on <paramref name="url"/>.
    /// </summary>
    public static async Task<IPage> SignedInPageAsync(this BrowserSiteFixture site, string url, int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + "/konto/anmelden?ReturnUrl=" + Uri.EscapeDataString(url));
        await page.FillAsync("#si-user", "admin");
        await page.FillAsync("#si-password", WegweiserFactory.AdminPassword);
        // The sign-in form, not the search form in the site header.
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForURLAsync("**/konto/anmelden-code**");
        await page.FillAsync("#sc-code", Totp.Code(TestAccounts.AuthenticatorKey, DateTimeOffset.UtcNow));
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForURLAsync("**" + url);
        return page;
    }

    /// <summary>Axe's violations, one line each with the elements they were found on.</summary>
    public static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
}
