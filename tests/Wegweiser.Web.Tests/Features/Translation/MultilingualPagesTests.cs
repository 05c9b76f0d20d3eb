using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Tests.Features.Directory;

namespace Wegweiser.Web.Tests.Features.Translation;

/// <summary>Culture in the URL, language switcher, right-to-left, honest German fallback, hreflang.</summary>
public class MultilingualPagesTests(PartlyTranslatedSiteFixture site) : IClassFixture<PartlyTranslatedSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("ar-SY,ar;q=0.9,de;q=0.8", "/ar/")]
    [InlineData("uk,ru;q=0.8", "/uk/")]
    [InlineData("fr-FR,fr;q=0.9,tr;q=0.5", "/tr/")]
    [InlineData("fr-FR", "/de/")]
    [InlineData("", "/de/")]
    [InlineData("*;q=abc,,;", "/de/")]
    public async Task The_root_picks_the_language_from_the_browser_once(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("de", "ltr")]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    [InlineData("fa", "rtl")]
    [InlineData("uk", "ltr")]
    [InlineData("ru", "ltr")]
    [InlineData("tr", "ltr")]
    public async Task Every_culture_has_its_pages_with_the_right_direction(string culture, string dir)
    {
        var html = await GetOk($"/{culture}/angebote");

        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html);
        Assert.Matches("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\"[^>]*>العربية</a>", html);
        Assert.Contains(">Українська</a>", html);
    }

    [Fact]
    public async Task The_switcher_leads_to_the_same_item_in_the_other_language()
    {
        var (german, arabic) = await Slugs("anonymer-krankenschein", "ar");

        var html = await GetOk($"/de/angebote/{german}");

        Assert.Contains($"<a href=\"/ar/angebote/{arabic}\" hreflang=\"ar\"", html);
        Assert.Contains($"<a href=\"/fa/angebote/{german}\" hreflang=\"fa\"", html);
    }

    [Fact]
    public async Task Hreflang_names_only_languages_that_have_the_translation()
    {
        var (german, arabic) = await Slugs("anonymer-krankenschein", "ar");

        var html = await GetOk($"/de/angebote/{german}");

        Assert.Contains($"<link rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost/ar/angebote/{arabic}\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"de\"", html);
        Assert.DoesNotContain("<link rel=\"alternate\" hreflang=\"fa\"", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\"", html);
    }

    [Fact]
    public async Task An_untranslated_entry_shows_German_marked_as_such()
    {
        var (german, _) = await Slugs("anonymer-krankenschein", "ar");

        var html = await GetOk($"/fa/angebote/{german}");

        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", html);
        Assert.Contains("<h1 lang=\"de\" dir=\"ltr\">", html);
        Assert.Contains("class=\"notice notice--fallback\"", html);
        Assert.Contains("<div class=\"detail__body\" lang=\"de\" dir=\"ltr\">", html);
    }

    [Fact]
    public async Task A_translated_entry_shows_its_own_text_without_the_notice()
    {
        var (_, arabic) = await Slugs("anonymer-krankenschein", "ar");

        var html = await GetOk($"/ar/angebote/{arabic}");

        Assert.DoesNotContain("notice--fallback", html);
        Assert.Contains("<h1>", html);
        Assert.Matches(@"<h1>[^<]*\p{IsArabic}", html);
    }

    [Fact]
    public async Task The_German_slug_in_another_language_leads_to_the_translated_address()
    {
        var (german, arabic) = await Slugs("anonymer-krankenschein", "ar");

        var response = await _client.GetAsync($"/ar/angebote/{german}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/ar/angebote/{arabic}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_missing_page_answers_in_the_language_of_its_address()
    {
        var response = await _client.GetAsync("/ar/angebote/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.DoesNotContain("Seite nicht gefunden", html);
    }

    [Fact]
    public async Task Lists_in_another_language_mark_untranslated_cards()
    {
        var html = await GetOk("/uk/angebote");

        Assert.Contains("<div lang=\"de\" dir=\"ltr\">", html);
    }

    private Task<(string German, string Other)> Slugs(string key, string culture) => site.Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        return (item.Published!.Translation("de")!.Slug, item.Published.Translation(culture)!.Slug);
    });

    private async Task<string> GetOk(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
