using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using Xunit.Abstractions;

namespace Wegweiser.Web.Tests.Features.Offline;

/// <summary>
/// "Save for offline": the package of a culture's public pages (<c>/{culture}/offline/paket.json</c>)
/// and the compact offline search index (<c>/{culture}/offline/suche.json</c>).
/// </summary>
public class OfflineSaveTests(DemoSiteFixture site, ITestOutputHelper output) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    public static TheoryData<string> Cultures => new() { "de", "en", "ar", "fa", "uk", "ru", "tr" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task The_package_names_every_public_page_of_the_culture_and_stays_under_2_MB(string culture)
    {
        // Act
        var (cache, bytes, urls) = await PackageAsync(culture);

        // Assert
        output.WriteLine($"{culture}: {urls.Count} addresses, estimated {bytes} bytes gzip");
        Assert.Matches($"^wegweiser-saved-{culture}-[0-9a-f]{{12}}$", cache);
        Assert.All(urls, u => Assert.StartsWith($"/{culture}/", u));
        Assert.Contains($"/{culture}/", urls);
        Assert.Contains($"/{culture}/glossar", urls);
        Assert.Contains(urls, u => u.StartsWith($"/{culture}/angebote/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith($"/{culture}/glossar/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith($"/{culture}/themen/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith($"/{culture}/alltag/", StringComparison.Ordinal));
        Assert.Equal($"/{culture}/offline/suche.json", urls[^1]);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.InRange(bytes, 10_000, 2_000_000);
        // Volunteer initiatives carry a contact request form with a token: never saved.
        Assert.DoesNotContain(urls, u => u.StartsWith($"/{culture}/ehrenamt/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_package_pages_all_answer_publicly_without_a_form_token_and_measure_as_estimated()
    {
        // Arrange
        var (_, estimate, urls) = await PackageAsync("de");
        var gzip = site.Factory.CreateDefaultClient();
        gzip.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        long measured = 0;

        // Act
        foreach (var url in urls)
        {
            var response = await gzip.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.Public == true, $"{url} is not public");
            measured += (await response.Content.ReadAsByteArrayAsync()).Length;
            var html = await _client.GetStringAsync(url);
            Assert.DoesNotContain("__RequestVerificationToken", html);
        }

        // Assert
        output.WriteLine($"de: {urls.Count} addresses, estimated {estimate} bytes, measured {measured} bytes gzip");
        Assert.InRange(measured, 0, 2_000_000);
        Assert.InRange(estimate, measured / 2, measured * 2);
    }

    [Fact]
    public async Task The_search_index_has_the_public_fields_of_each_entry_and_the_thesaurus_of_the_culture()
    {
        // Act
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/uk/offline/suche.json"));
        var root = json.RootElement;
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        var thesaurus = root.GetProperty("thesaurus").EnumerateArray().Select(r => (Typed: r[0].GetString()!, Adds: r[1].GetString()!)).ToList();

        // Assert
        Assert.Equal("uk", root.GetProperty("culture").GetString());
        Assert.True(entries.Count > 20);
        foreach (var entry in entries)
        {
            Assert.StartsWith("/uk/", entry.GetProperty("u").GetString());
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("t").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("w").GetString()));
            Assert.InRange(entry.GetProperty("s").GetString()!.Length, 0, 161);
        }

        Assert.Contains(thesaurus, r => r.Typed.Split(' ').Contains("лікар*") && r.Adds.Split(' ').Contains("arzt") && r.Adds.Contains("#gesundheit-soziales"));
        Assert.Contains(thesaurus, r => r.Typed == "kita");
    }

    [Fact]
    public async Task Drafts_archived_entries_and_internal_contacts_are_in_neither_file()
    {
        // Arrange
        var drafts = await site.Factory.QueryAsync(db => db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations)
            .Where(i => i.Key.StartsWith("demo-entwurf-")).ToListAsync());
        var initiatives = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == ContentType.VolunteerInitiative)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());
        Assert.NotEmpty(drafts);

        // Act
        var package = await _client.GetStringAsync("/de/offline/paket.json");
        var index = await _client.GetStringAsync("/de/offline/suche.json");
        var indexText = JsonDocument.Parse(index).RootElement.ToString();

        // Assert
        foreach (var draft in drafts)
        {
            var german = draft.Latest.Translation("de")!;
            Assert.DoesNotContain(german.Slug, package);
            Assert.DoesNotContain(german.Slug, index);
            Assert.DoesNotContain(draft.Key, index);
        }

        foreach (var contact in initiatives.Select(i => i.Published?.Data.Volunteer?.InternalContact).OfType<InternalContact>())
        {
            Assert.DoesNotContain(contact.Email!, indexText);
            Assert.DoesNotContain(contact.Phone!, indexText);
        }

        Assert.DoesNotContain("/admin", package);
        Assert.DoesNotContain("/konto", package);
        Assert.DoesNotContain("/rueckmeldung", package);
        Assert.DoesNotContain("fehler-melden", package);
        Assert.DoesNotContain("/anfrage", package);
    }

    [Fact]
    public async Task The_files_are_public_JSON_with_markup_characters_escaped()
    {
        var response = await _client.GetAsync("/ar/offline/suche.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text);
        Assert.DoesNotContain("&", text);
        Assert.Contains("\u0627", text); // Arabic letters as they are, not escaped
    }

    [Fact]
    public async Task The_home_page_offers_saving_only_to_scripts_and_the_offline_page_a_search_form()
    {
        var home = await _client.GetStringAsync("/de/");
        var offline = await _client.GetStringAsync("/de/offline");

        Assert.Contains("data-offline-save hidden", home);
        Assert.Contains("data-package=\"/de/offline/paket.json\"", home);
        Assert.Matches("<script src=\"/offline-save\\.[a-z0-9]+\\.js\" defer></script>", home);
        Assert.Contains("<form method=\"get\" action=\"/de/suche\"", offline);
        Assert.Contains("<label for=\"offline-q\">", offline);
        Assert.Matches("<script src=\"/offline-search\\.[a-z0-9]+\\.js\" defer></script>", offline);
    }

    private async Task<(string Cache, long Bytes, List<string> Urls)> PackageAsync(string culture)
    {
        var response = await _client.GetAsync($"/{culture}/offline/paket.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return (root.GetProperty("cache").GetString()!, root.GetProperty("bytes").GetInt64(),
            root.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).ToList());
    }
}
