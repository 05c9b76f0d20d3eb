using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Browser.Tests;

/// <summary>The contact card and a detail page as they print: accessible, without header, with the QR code.</summary>
[Collection(PrintAndStaffPagesSite.Name)]
public class TakeAlongPrintTests(BrowserSiteFixture site)
{
    public static TheoryData<string, string, int> Pages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 375, 1280 })
        {
            data.Add("card", "screen", width);
            data.Add("card", "print", width);
            data.Add("detail", "print", width);
            data.Add("course", "print", width);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Cards_and_printed_detail_pages_have_no_axe_violations(string name, string media, int width)
    {
        // Arrange
        var url = name switch
        {
            "card" => await DetailUrl("demo-migrationsberatung-arnstadt") + "/karte",
            "detail" => await DetailUrl("demo-migrationsberatung-arnstadt"),
            "course" => await DetailUrl("demo-integrationskurs-a1-arnstadt"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var page = await site.NewPageAsync(width);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media == "print" ? Media.Print : Media.Screen });

        // Act
        var response = await page.GotoAsync(site.BaseUrl + url);
        var result = await page.RunAxe();

        // Assert
        Assert.Equal(200, response!.Status);
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{url} ({media}) at {width}px:\n{violations}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("detail", 375)]
    [InlineData("detail", 1280)]
    [InlineData("card", 375)]
    [InlineData("card", 1280)]
    public async Task In_print_the_header_hides_and_the_QR_code_shows(string name, int width)
    {
        var url = await DetailUrl("demo-migrationsberatung-arnstadt") + (name == "card" ? "/karte" : "");
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + url);
        var qr = page.Locator("img[src$='/qr.svg']");
        var onScreen = await qr.IsVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
        Assert.True(await qr.IsVisibleAsync());
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR code did not load");
        Assert.Equal("QR-Code mit dem Link zu dieser Seite", await qr.GetAttributeAsync("alt"));
        // The detail page shows the QR code only in print; the card shows it always.
        Assert.Equal(name == "card", onScreen);
        if (name == "detail")
        {
            Assert.False(await page.Locator(".take-along__links").IsVisibleAsync());
            Assert.False(await page.Locator(".open-state").IsVisibleAsync());
            Assert.Equal("rgb(0, 0, 0)", await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        }
        else
        {
            Assert.False(await page.Locator(".no-print").First.IsVisibleAsync());
        }

        await page.Context.CloseAsync();
    }

    private Task<string> DetailUrl(string key) => site.Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        return DirectorySection.For(item.Type).DetailUrl("de", item.Published!.Translation("de")!.Slug);
    });
}
