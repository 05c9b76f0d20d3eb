using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Web.Features.ReviewRounds;

namespace Wegweiser.Browser.Tests;

/// <summary>The provider's page from a review round: accessible, usable by keyboard, in German.</summary>
public class ReviewRoundPageTests(BrowserSiteFixture site) : IClassFixture<BrowserSiteFixture>
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_providers_page_has_no_axe_violations_and_confirms_by_keyboard(int width)
    {
        var link = await SentRequestLinkAsync();
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + link);
        var before = await page.RunAxe();

        await page.Locator("summary").First.ClickAsync();
        var opened = await page.RunAxe();
        await page.Locator("button:has-text('Stimmt noch')").First.FocusAsync();
        await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.True(before.Violations.Length == 0, string.Join("\n", before.Violations.Select(v => $"{v.Id}: {v.Help}")));
        Assert.True(opened.Violations.Length == 0, string.Join("\n", opened.Violations.Select(v => $"{v.Id}: {v.Help}")));
        Assert.Contains("Der Eintrag stimmt noch", await page.Locator("[role=status]").First.TextContentAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>A round with one sent request for two published services, made through the site's own services.</summary>
    private async Task<string> SentRequestLinkAsync()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var keys = await db.ContentItems.Where(i => i.Type == ContentType.Service && i.Versions.Any(v => v.IsPublished))
            .OrderBy(i => i.Key).Select(i => i.Key).Take(2).ToListAsync();
        var planner = scope.ServiceProvider.GetRequiredService<ReviewRoundPlanner>();
        var plan = new ReviewRoundPlanner.Plan([new ReviewRoundPlanner.PlannedRequest($"anbieter-{Guid.NewGuid():N}@example.org", null, keys)], []);
        var round = await planner.CreateAsync("Prüfrunde Barrierefreiheit", plan, 6, 14, "test", default);
        var request = round.Requests.Single();
        request.SentUtc = DateTime.UtcNow;
        await db.SaveChangesAsync();
        return scope.ServiceProvider.GetRequiredService<ReviewLinks>().PathFor(request.Id);
    }
}
