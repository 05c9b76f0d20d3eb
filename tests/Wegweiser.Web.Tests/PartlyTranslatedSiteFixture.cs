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
        await factory.QueryAsync(async db =>
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

            return await db.SaveChangesAsync();
        });

        // Wait until the search index of the other languages has taken the change.
        var client = factory.CreateClient();
        await SearchApi.WaitForIndexAsync(client);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var hits = (await SearchApi.SearchAsync(client, "Gesundheitslotsen", "fa")).GetProperty("hits").EnumerateArray();
            if (hits.Any(h => h.GetProperty("key").GetString() == "demo-gesundheitslotsen-ilmenau" && h.GetProperty("isFallback").GetBoolean()))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The search index did not take the deleted translations within 10 s.");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
