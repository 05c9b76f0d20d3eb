using Microsoft.Playwright;

namespace Wegweiser.Browser.Tests;

/// <summary>Keyboard-only use: every filter and link is reached with Tab, and focus is always visible.</summary>
[Collection(PublicPagesSite.Name)]
public class KeyboardTests(BrowserSiteFixture site)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Tab_reaches_every_filter_and_link_of_the_course_list_with_visible_focus(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + "/de/kurse");
        var expected = await page.EvaluateAsync<int>("document.querySelectorAll('a[href], select, input:not([type=hidden]), button, summary').length");

        var seen = new HashSet<string>();
        var invisible = new List<string>();
        for (var i = 0; i < 200 && seen.Count < expected; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var (id, visible, isClosedSummary) = await Focused(page);
            if (id == "BODY")
            {
                break;
            }

            seen.Add(id);
            if (!visible)
            {
                invisible.Add(id);
            }

            if (isClosedSummary)
            {
                await page.Keyboard.PressAsync("Enter"); // open the filter panel as a keyboard user does
            }
        }

        Assert.Empty(invisible);
        Assert.Equal(expected, seen.Count);
        Assert.Contains(seen, s => s.StartsWith("SELECT#f-niveau", StringComparison.Ordinal));
        Assert.Contains(seen, s => s.StartsWith("INPUT[kinderbetreuung]", StringComparison.Ordinal));
        Assert.Contains(seen, s => s.StartsWith("BUTTON", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_filter_can_be_chosen_and_applied_with_the_keyboard_alone()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync(site.BaseUrl + "/de/kurse");

        await page.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#f-tageszeit").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("abends", await page.Locator("#f-tageszeit").InputValueAsync());
        await page.Locator(".filter-actions button").FocusAsync();
        // Start waiting before pressing Enter, so a fast navigation cannot slip past the wait.
        await page.RunAndWaitForNavigationAsync(
            () => page.Keyboard.PressAsync("Enter"),
            new() { UrlRegex = new System.Text.RegularExpressions.Regex("/de/kurse\\?.*tageszeit=abends"), WaitUntil = WaitUntilState.DOMContentLoaded });

        Assert.Contains("tageszeit=abends", page.Url);
        Assert.True(await page.Locator(".card").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    private static async Task<(string Id, bool Visible, bool IsClosedSummary)> Focused(IPage page)
    {
        var result = await page.EvaluateAsync<string[]>(@"() => {
            const e = document.activeElement;
            if (!e || e === document.body) return ['BODY', 'true', 'false'];
            const s = getComputedStyle(e);
            const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
            const id = e.tagName + (e.id ? '#' + e.id : '') + (e.name ? '[' + e.name + ']' : '') + (e.getAttribute('href') || '') + (e.textContent || '').trim().slice(0, 30);
            const closedSummary = e.tagName === 'SUMMARY' && !e.parentElement.open;
            return [id, String(visible), String(closedSummary)];
        }");
        return (result[0], result[1] == "true", result[2] == "true");
    }
}
