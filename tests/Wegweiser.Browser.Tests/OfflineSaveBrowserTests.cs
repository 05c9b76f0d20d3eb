using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// "Save for offline" on the home page keeps a culture's whole directory; offline, lists lead to
/// detail pages and the offline search finds entries by a typo and by a thesaurus word; nothing of
/// the staff, account or form pages is kept; a new deployment replaces every cache.
/// </summary>
public class OfflineSaveBrowserTests(OfflineSiteFixture fixture) : IClassFixture<OfflineSiteFixture>
{
    private const string AllCachedUrls =
        "async () => { const urls = []; for (const name of await caches.keys()) { const cache = await caches.open(name); for (const r of await cache.keys()) urls.push(new URL(r.url).pathname + new URL(r.url).search); } return urls; }";

    private readonly BrowserSiteFixture _site = fixture.Site;

    [Fact]
    public async Task Saved_for_offline_a_list_leads_to_a_detail_page_without_network()
    {
        // Arrange: a list's second page where there is one
        using var package = JsonDocument.Parse(await _site.Factory.CreateClient().GetStringAsync("/de/offline/paket.json"));
        var urls = package.RootElement.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).ToList();
        var list = urls.FirstOrDefault(u => u.EndsWith("?seite=2", StringComparison.Ordinal)) ?? "/de/angebote";
        var page = await SavedAsync("de");

        // Act
        await GoOfflineAsync(page);
        await page.GotoAsync(_site.BaseUrl + list);
        var link = page.Locator($"main a[href^='{list.Split('?')[0]}/']").First;
        var title = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await page.WaitForLoadStateAsync();

        // Assert
        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("p.offline-note[role=status]").IsVisibleAsync());
        await page.GotoAsync($"{_site.BaseUrl}/de/glossar");
        Assert.NotEqual("Sie sind offline", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Offline_search_finds_entries_by_a_typo_and_by_a_Ukrainian_thesaurus_word()
    {
        // Arrange
        using var index = JsonDocument.Parse(await _site.Factory.CreateClient().GetStringAsync("/uk/offline/suche.json"));
        var entries = index.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => (Title: e.GetProperty("t").GetString()!, Words: e.GetProperty("w").GetString()!.Split(' '))).ToList();
        var health = entries.First(e => e.Words.Contains("#gesundheit-soziales")).Title;
        var (typoTarget, word) = entries.Select(e => (e.Title, Word: e.Title.Split(' ').Where(w => w.Length >= 8 && w.All(char.IsLetter)).FirstOrDefault()))
            .First(e => e.Word is not null);
        var typo = word![..3] + word[4..]; // one letter left out
        var page = await SavedAsync("uk");

        // Act
        await GoOfflineAsync(page);
        await page.GotoAsync($"{_site.BaseUrl}/uk/suche?q={Uri.EscapeDataString(typo)}");
        var byTypo = await ResultTitlesAsync(page);
        await page.Locator("#offline-q").FillAsync("лікаря");
        await page.Locator("#offline-q").PressAsync("Enter");
        var byThesaurus = await ResultTitlesAsync(page, byTypo);

        // Assert
        Assert.Contains(typoTarget, byTypo);
        Assert.Contains(health, byThesaurus);
        Assert.Contains("лікаря", await page.Locator("[data-offline-search-status]").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Saving_keeps_no_staff_account_or_form_page()
    {
        var page = await SavedAsync("de");

        var kept = await page.EvaluateAsync<string[]>(AllCachedUrls);
        var withToken = await page.EvaluateAsync<string[]>(
            "async () => { const found = []; for (const name of await caches.keys()) { const cache = await caches.open(name); for (const r of await cache.keys()) { const saved = await cache.match(r); if ((saved.headers.get('Content-Type') || '').indexOf('text/html') !== 0) continue; const body = await saved.text(); if (body.indexOf('__RequestVerificationToken') >= 0) found.push(r.url); } } return found; }");

        Assert.True(kept.Length > 100, $"only {kept.Length} addresses kept");
        Assert.Contains("/de/offline/suche.json", kept);
        Assert.DoesNotContain(kept, u => u.StartsWith("/admin", StringComparison.Ordinal) || u.StartsWith("/konto", StringComparison.Ordinal)
            || u.StartsWith("/rueckmeldung", StringComparison.Ordinal) || u.EndsWith("/fehler-melden", StringComparison.Ordinal)
            || u.EndsWith("/anfrage", StringComparison.Ordinal) || u.StartsWith("/de/ehrenamt/", StringComparison.Ordinal));
        Assert.Empty(withToken);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Remove_saved_data_deletes_the_saved_directory()
    {
        var page = await SavedAsync("de");

        await page.GetByRole(AriaRole.Button, new() { Name = "Gespeicherte Daten entfernen" }).ClickAsync();
        await page.Locator("[data-offline-status]", new() { HasTextString = "entfernt" }).WaitForAsync();

        var names = await page.EvaluateAsync<string[]>("async () => await caches.keys()");
        Assert.DoesNotContain(names, n => n.StartsWith("wegweiser-saved-", StringComparison.Ordinal));
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Gespeicherte Daten entfernen" }).IsHiddenAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_deployment_replaces_every_cache()
    {
        // Arrange
        var page = await SavedAsync("de");
        var before = await page.EvaluateAsync<string[]>("async () => await caches.keys()");
        Assert.Contains(before, n => n.StartsWith("wegweiser-saved-de-", StringComparison.Ordinal));
        var configuration = _site.Factory.Services.GetRequiredService<IConfiguration>();

        // Act: the next deployment serves a service worker of another version.
        configuration["Wegweiser:App:BuildId"] = "next-" + Guid.NewGuid().ToString("N");
        string[] after = [];
        try
        {
            await page.EvaluateAsync("async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); }");
            for (var i = 0; i < 100 && (after.Length == 0 || after.Intersect(before).Any()); i++)
            {
                await Task.Delay(200);
                after = await page.EvaluateAsync<string[]>("async () => await caches.keys()");
            }
        }
        finally
        {
            configuration["Wegweiser:App:BuildId"] = null;
        }

        // Assert
        Assert.Empty(after.Intersect(before));
        Assert.Contains(after, n => n.StartsWith("wegweiser-shell-", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task The_save_dialog_and_the_offline_search_have_no_axe_violations(string culture)
    {
        var page = await SavedAsync(culture);
        await AssertNoAxeViolationsAsync(page);

        await GoOfflineAsync(page);
        await page.GotoAsync($"{_site.BaseUrl}/{culture}/suche?q=kurs");
        await ResultTitlesAsync(page);
        await AssertNoAxeViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>A fresh browser, controlled by the service worker, that saved <paramref name="culture"/> for offline.</summary>
    private async Task<IPage> SavedAsync(string culture)
    {
        var page = await _site.NewPageAsync(375);
        await page.GotoAsync($"{_site.BaseUrl}/{culture}/");
        for (var i = 0; i < 100 && !await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"); i++)
        {
            await Task.Delay(200);
        }

        var box = page.Locator("[data-offline-save]");
        await box.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Matches(@"\d.*(MB|KB)", await page.Locator("[data-offline-size]").InnerTextAsync());
        await page.Locator("[data-offline-start]").ClickAsync();
        await page.Locator("[data-offline-remove]").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 120_000 });
        Assert.True(await page.Locator("[data-offline-progress]").IsHiddenAsync());
        return page;
    }

    private static async Task<List<string>> ResultTitlesAsync(IPage page, IReadOnlyList<string>? before = null)
    {
        var status = page.Locator("[data-offline-search-status]");
        var previous = before is null ? "" : await status.InnerTextAsync();
        for (var i = 0; i < 50 && ((await status.InnerTextAsync()).Length == 0 || (before is not null && await status.InnerTextAsync() == previous)); i++)
        {
            await Task.Delay(100);
        }

        return (await page.Locator("[data-offline-search-results] a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
    }

    private static async Task GoOfflineAsync(IPage page)
    {
        await page.Context.SetOfflineAsync(true);
        await page.Context.RouteAsync("**", route => route.AbortAsync("internetdisconnected"));
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url}:\n{violations}");
    }
}
