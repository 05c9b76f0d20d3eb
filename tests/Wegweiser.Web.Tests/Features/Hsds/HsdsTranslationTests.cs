using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Hsds;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary><c>lang</c> gives the texts of a culture, German where a translation is missing, and says so per field.</summary>
public class HsdsTranslationTests(PartlyTranslatedSiteFixture site) : IClassFixture<PartlyTranslatedSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Arabic_texts_come_in_Arabic()
    {
        var json = await HsdsApi.GetAsync(_client, $"/api/hsds/services/{HsdsIds.Service("anonymer-krankenschein")}?lang=ar");
        var arabicTitle = await TitleAsync("anonymer-krankenschein", "ar");

        Assert.Equal(arabicTitle, json["name"]!.GetValue<string>());
        Assert.Equal("ar", json["x_translations"]!["language"]!.GetValue<string>());
        Assert.Empty(json["x_translations"]!["fallback_fields"]!.AsArray());
        Assert.Contains("ar", json["x_translations"]!["available"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains("/ar/", json["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_untranslated_entry_falls_back_to_German_and_says_so()
    {
        var json = await HsdsApi.GetAsync(_client, $"/api/hsds/services/{HsdsIds.Service("demo-gesundheitslotsen-ilmenau")}?lang=ar");
        var extension = json["x_translations"]!;
        var fallbacks = extension["fallback_fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();

        Assert.Equal(await TitleAsync("demo-gesundheitslotsen-ilmenau", "de"), json["name"]!.GetValue<string>());
        Assert.Equal("ar", extension["requested"]!.GetValue<string>());
        Assert.Equal("de", extension["language"]!.GetValue<string>());
        Assert.Contains("name", fallbacks);
        Assert.Contains("description", fallbacks);
        Assert.DoesNotContain("ar", extension["available"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task A_translation_without_a_summary_marks_only_the_missing_field()
    {
        await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == "demo-naehcafe-arnstadt");
            var version = item.Published!;
            var german = version.Translation(Cultures.Source)!;
            version.Translations.Add(new ContentTranslation { Culture = "fa", Slug = german.Slug, Title = "کافه خیاطی", SourceVersion = german.SourceVersion });
            return await db.SaveChangesAsync();
        });

        var json = await HsdsApi.GetAsync(_client, $"/api/hsds/services/{HsdsIds.Service("demo-naehcafe-arnstadt")}?lang=fa");
        var fallbacks = json["x_translations"]!["fallback_fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();

        Assert.Equal("کافه خیاطی", json["name"]!.GetValue<string>());
        Assert.Equal("fa", json["x_translations"]!["language"]!.GetValue<string>());
        Assert.DoesNotContain("name", fallbacks);
        Assert.Contains("description", fallbacks);
        HsdsSchema.AssertValid(json, "service.json");
    }

    [Fact]
    public async Task Accept_language_chooses_when_lang_is_absent_and_taxonomies_are_named_in_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/hsds/taxonomies");
        request.Headers.AcceptLanguage.ParseAdd("uk");
        var response = await _client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("uk", response.Content.Headers.ContentLanguage.Single());
        Assert.Contains(json["contents"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Теми");
    }

    private Task<string> TitleAsync(string key, string culture) => site.Factory.QueryAsync(async db =>
        (await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key)).Published!.Translation(culture)!.Title);
}
