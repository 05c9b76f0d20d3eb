using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Tests.Features.Search;

namespace Wegweiser.Web.Tests;

/// <summary>
/// The demo site with a few entries whose translations are deleted, as an editor would find them
/// before a translator has been at work: the recipes translate everything, but a site in use always
/// has texts that exist only in German. Kept per entry: German, English, and the listed cultures.
/// </summary>
public sealed class PartlyTranslatedSiteFixture : IAsyncLifetime
{
    /// <summary>Entry key → the cultures besides German and English that keep their translation.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Kept = new Dictionary<string, string[]>
    {
        ["anonymer-krankenschein"] = ["ar"],
        ["mietschulung-thinka"] = [],
        ["demo-gesundheitslotsen-ilmenau"] = [],
        ["demo-naehcafe-arnstadt"] = [],
    };

    public WegweiserFactory Factory { get; } = new("demo");

    public Task InitializeAsync() => DeleteTranslationsAsync(Factory);

    /// <summary>
    /// Deletes the translations <see cref="Kept"/> does not keep, through the site's own DbContext
    /// (the change log tells the caches and the search index), and waits until search has them.
    /// </summary>
    public static async Task DeleteTranslationsAsync(WegweiserFactory factory)
    {
        var titles = await factory.QueryAsync(async db =>
        {
            var items = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations)
                .Where(i => Kept.Keys.Contains(i.Key)).ToListAsync();
            foreach (var item in items)
            {
                foreach (var version in item.Versions)
                {
                    foreach (var translation in version.Translations.Where(t => t.Culture is not (Cultures.Source or "en") && !Kept[item.Key].Contains(t.Culture)).ToList())
                    {
                        version.Translations.Remove(translation);
                        db.Remove(translation);
                    }
                }
            }

            await db.SaveChangesAsync();
            return items.ToDictionary(i => i.Key, i => i.Versions.Single(v => v.IsPublished).Translation(Cultures.Source)!.Title);
        });

        // Wait until the search index of every other language has taken the change for every entry:
        // each index is updated on its own, so one entry in one language proves nothing for the rest.
        var client = factory.CreateClient();
        await SearchApi.WaitForIndexAsync(client);
        var pending = (from key in Kept.Keys
                       from culture in new[] { "ar", "fa", "uk", "ru", "tr" }
                       where !Kept[key].Contains(culture)
                       select (key, culture)).ToList();
        for (var attempt = 0; attempt < 700 && pending.Count > 0; attempt++)
        {
            foreach (var (key, culture) in pending.ToList())
            {
                var hits = (await SearchApi.SearchAsync(client, titles[key], culture)).GetProperty("hits").EnumerateArray();
                if (hits.Any(h => h.GetProperty("key").GetString() == key && h.GetProperty("isFallback").GetBoolean()))
                {
                    pending.Remove((key, culture));
                }
            }

            if (pending.Count > 0)
            {
                await Task.Delay(100);
            }
        }

        if (pending.Count > 0)
        {
            throw new TimeoutException($"The search index did not take the deleted translations within 70 s (a cached answer lives up to a minute): {string.Join(", ", pending)}.");
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
