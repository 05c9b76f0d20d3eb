using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// Detail pages, the contact card and the printable lists as Chromium prints them, in German and
/// right to left in Arabic and Farsi. PDFs and print screenshots are kept in <c>bin/…/screenshots</c>
/// (tests/run.sh copies them to <c>artifacts/screenshots</c>).
/// </summary>
[Collection(PrintAndStaffPagesSite.Name)]
public partial class PrintBrowserTests(BrowserSiteFixture site)
{
    private const string Service = "demo-migrationsberatung-arnstadt";

    /// <summary>What must never reach paper: navigation, search, forms, buttons, the offline note.</summary>
    private static readonly string[] Hidden =
        [".site-header", ".site-footer", ".skip-link", "nav", "form", "button", ".print-link", ".pager", ".offline-note", ".print-view__help"];

    public static TheoryData<string, string> Printed()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "de", "ar", "fa" })
        {
            foreach (var name in new[] { "detail", "card", "list", "print-list", "print-topic" })
            {
                data.Add(culture, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Printed))]
    public async Task In_print_only_the_content_shows_black_on_white_in_the_languages_direction(string culture, string name)
    {
        // Arrange
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync(site.BaseUrl + await UrlAsync(culture, name));

        // Act
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Assert
        foreach (var selector in Hidden)
        {
            Assert.False(await AnyVisibleAsync(page, selector), $"{name} ({culture}): {selector} shows in print");
        }

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True((await page.Locator("main").InnerTextAsync()).Length > 80, "the content is missing in print");
        Assert.Equal("rgb(0, 0, 0)", await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        var rtl = culture is "ar" or "fa";
        Assert.Equal(rtl ? "rtl" : "ltr", await page.Locator("main").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        // The heading's text starts at the right edge in Arabic and Farsi, at the left in German.
        var (left, right) = await TextEdgesAsync(page.Locator("h1"));
        Assert.True(rtl ? right > 640 : left < 640, $"h1 text from {left} to {right}");
        // A phone number reads left to right in every language: its "+" stands left of its last digit.
        if (name != "list")
        {
            var phone = page.Locator("a[href^='tel:']").First;
            var (plus, last) = await FirstAndLastCharacterAsync(phone);
            Assert.True(plus < last, $"{name} ({culture}): the phone number runs right to left ({plus} > {last})");
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("fa")]
    public async Task Printed_PDFs_and_screenshots_hold_the_text_and_are_kept(string culture)
    {
        var artefacts = Path.Combine(AppContext.BaseDirectory, "screenshots");
        System.IO.Directory.CreateDirectory(artefacts);
        var page = await site.NewPageAsync(1280);
        foreach (var name in new[] { "print-list", "detail", "card" })
        {
            // Arrange
            await page.GotoAsync(site.BaseUrl + await UrlAsync(culture, name));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var file = Path.Combine(artefacts, $"print-{culture}-{name}");

            // Act
            var pdf = await page.PdfAsync(new PagePdfOptions { Path = file + ".pdf", Format = "A4" });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });

            // Assert
            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages >= 1);
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.True(text.Length > 80, $"{file}.pdf holds only '{text}'");
            if (culture == "de")
            {
                Assert.Contains("Telefon", text);
            }
            else
            {
                // Chromium embeds the shaped Arabic script with its Unicode: the text is there, not just pictures of it.
                Assert.True(ArabicLetter().Matches(text).Count > 40, $"{file}.pdf has too little Arabic script: '{text}'");
            }
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("de", "screen")]
    [InlineData("ar", "screen")]
    [InlineData("de", "print")]
    [InlineData("ar", "print")]
    [InlineData("fa", "screen")]
    public async Task The_print_view_has_no_axe_violations(string culture, string media)
    {
        foreach (var name in new[] { "print-list", "print-topic" })
        {
            var page = await site.NewPageAsync(375);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media == "print" ? Media.Print : Media.Screen });
            var response = await page.GotoAsync(site.BaseUrl + await UrlAsync(culture, name));

            var result = await page.RunAxe();

            Assert.Equal(200, response!.Status);
            var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
            Assert.True(result.Violations.Length == 0, $"{name} ({culture}, {media}):\n{violations}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_print_button_shows_with_scripts_and_the_link_works_without()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync($"{site.BaseUrl}/de/angebote");

        await page.GetByRole(AriaRole.Link, new() { Name = "Liste drucken" }).ClickAsync();

        Assert.EndsWith("/de/angebote/druckansicht", page.Url);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Jetzt drucken" }).IsVisibleAsync());
        await page.Context.CloseAsync();

        var noScript = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var plain = await noScript.NewPageAsync();
        await plain.GotoAsync($"{site.BaseUrl}/de/angebote/druckansicht");
        Assert.False(await plain.Locator("button[data-print]").IsVisibleAsync());
        Assert.True(await plain.Locator(".print-entry").CountAsync() > 0);
        await noScript.CloseAsync();
    }

    private static Task<bool> AnyVisibleAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<bool>(
            "els => els.some(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')");

    private static async Task<(double Left, double Right)> TextEdgesAsync(ILocator element)
    {
        var edges = await element.EvaluateAsync<double[]>(
            "e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); return [b.left, b.right]; }");
        return (edges[0], edges[1]);
    }

    /// <summary>The left edges of the first and the last character of an element's text.</summary>
    private static async Task<(double First, double Last)> FirstAndLastCharacterAsync(ILocator element)
    {
        var edges = await element.EvaluateAsync<double[]>(
            @"e => { const t = e.firstChild; const x = i => { const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 1); return r.getBoundingClientRect().left; };
                     return [x(0), x(t.textContent.length - 1)]; }");
        return (edges[0], edges[1]);
    }

    private async Task<string> UrlAsync(string culture, string name) => name switch
    {
        "detail" => await DetailUrlAsync(culture, Service),
        "card" => await DetailUrlAsync(culture, Service) + "/karte",
        "list" => $"/{culture}/angebote",
        "print-list" => $"/{culture}/angebote/druckansicht",
        "print-topic" => $"/{culture}/themen/sprache-bildung/druckansicht",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The entry's page in <paramref name="culture"/>, by its slug there (or the German one, which the site also answers).</summary>
    private Task<string> DetailUrlAsync(string culture, string key) => site.Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        var translation = item.Published!.Translation(culture) ?? item.Published!.Translation("de")!;
        return DirectorySection.For(item.Type).DetailUrl(culture, translation.Slug);
    });

    [GeneratedRegex(@"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")]
    private static partial Regex ArabicLetter();
}
