using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Browser.Tests;

[Collection(PublicPagesSite.Name)]
public class AccessibilityTests(BrowserSiteFixture site)
{
    private static readonly string[] PageNames = [ "home", "services", "courses-filtered", "topic", "need", "service", "course", "club", "volunteer", "contact-request", "suggest", "claim", "sign-in", "forgot-password", "event", "organisation", "glossary", "search", "search-filtered", "404", "api", "open-data", "registration", "registration-club"];

    public static TheoryData<string, int, string> Pages()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in PageNames)
        {
            data.Add(page, 375, "de");
            data.Add(page, 1280, "de");
            data.Add(page, 375, "ar");
            data.Add(page, 1280, "fa");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_have_no_axe_violations(string name, int width, string culture)
    {
        var url = name switch
        {
            "home" => "/de/",
            "services" => "/de/angebote",
            "courses-filtered" => "/de/kurse?niveau=C2&kinderbetreuung=ja",
            "topic" => "/de/themen/sprache-bildung",
            "sign-in" => "/konto/anmelden",
            "forgot-password" => "/konto/passwort-vergessen",
            "suggest" => await DetailUrl("demo-chor-ilmenau") + "/fehler-melden",
            "claim" => await DetailUrl("demo-chor-ilmenau") + "/uebernehmen",
            "need" => "/de/alltag/wohnung",
            "contact-request" => await DetailUrl("demo-sprachpatenschaften-arnstadt") + "/anfrage",
            "404" => "/de/angebote/gibt-es-nicht",
            "api" => "/api",
            "open-data" => "/de/daten",
            "registration" => "/de/eintragen",
            "registration-club" => "/de/eintragen?typ=Club",
            "search" => "/de/suche?q=beratung",
            "search-filtered" => "/de/suche?q=beratung+kurs&kostenlos=ja&ort=arnstadt",
            "service" => await DetailUrl("demo-migrationsberatung-arnstadt"),
            "course" => await DetailUrl("demo-integrationskurs-a1-arnstadt"),
            "club" => await DetailUrl("demo-chor-ilmenau"),
            "volunteer" => await DetailUrl("demo-sprachpatenschaften-arnstadt"),
            "event" => await DetailUrl("demo-gesundheitstag-arnstadt"),
            "organisation" => await DetailUrl("demo-sprachschule-arnstadt"),
            "glossary" => await FirstDetailUrl(ContentType.GlossaryTerm),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var page = await site.NewPageAsync(width);

        var response = await page.GotoAsync(site.BaseUrl + (url.StartsWith("/de/", StringComparison.Ordinal) ? $"/{culture}/{url[4..]}" : url));
        var result = await page.RunAxe();

        Assert.NotNull(response);
        Assert.Equal(name == "404" ? 404 : 200, response.Status);
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url} at {width}px:\n{violations}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_comes_first_and_leads_to_the_content()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync(site.BaseUrl + "/de/");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        var visible = await page.Locator(".skip-link").IsVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("location.hash === '#main'");

        Assert.Equal("Zum Inhalt springen", focused);
        Assert.True(visible);
        Assert.EndsWith("#main", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_visitor_reaches_a_service_from_the_home_page_by_keyboard()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync(site.BaseUrl + "/de/");

        // Tab to the "Wohnen" topic tile and follow it, then open the first entry.
        // (The shared site may carry other tests' notices and links: up to 100 tab stops.)
        var reached = false;
        var focused = new List<string>();
        for (var i = 0; i < 100 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var text = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
            focused.Add(text);
            reached = text == "Wohnen";
        }

        Assert.True(reached, "Tab never reached the topic 'Wohnen'; focused: " + string.Join(" | ", focused));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/de/themen/wohnen");
        await page.Locator(".card__title a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/de/angebote/[a-z0-9-]+$"));

        Assert.Matches("/de/angebote/[a-z0-9-]+$", page.Url);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.Context.CloseAsync();
    }

    private Task<string> DetailUrl(string key) => site.Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        return DirectorySection.For(item.Type).DetailUrl("de", item.Published!.Translation("de")!.Slug);
    });

    private Task<string> FirstDetailUrl(ContentType type) => site.Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Where(i => i.Type == type).Include(i => i.Versions).ThenInclude(v => v.Translations)
            .OrderBy(i => i.Key).FirstAsync(i => i.Versions.Any(v => v.IsPublished));
        return DirectorySection.For(type).DetailUrl("de", item.Published!.Translation("de")!.Slug);
    });
}
