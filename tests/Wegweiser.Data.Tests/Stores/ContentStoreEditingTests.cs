using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Stores;

namespace Wegweiser.Data.Tests.Stores;

/// <summary>The editor area's reads: whole entries (every version with its translations), tracked for editing or not.</summary>
public class ContentStoreEditingTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Entries_load_with_every_version_and_translation_by_key_id_or_query(string provider)
    {
        using var database = new TestDatabase(provider);
        await SeedAsync(database);

        // Act
        await using var read = database.CreateContext();
        var store = new ContentStore(read);
        var byKey = await store.FindByKeyAsync("beratung");
        var byId = await store.FindByIdAsync(ContentItem.IdFromKey("beratung"));
        var shown = await store.ReadByKeyAsync("geheim");
        var services = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => i.Type == ContentType.Service).OrderBy(i => i.Key).ToListAsync();

        // Assert
        Assert.Same(byKey, byId); // tracked: one instance per entry in the context
        Assert.Equal([1, 2], byKey!.Versions.Select(v => v.Number).Order());
        Assert.Equal("Beratung (Entwurf)", byKey.Latest.Translation("de")!.Title);
        Assert.Equal("مشاوره", byKey.Published!.Translation("fa")!.Title);
        Assert.Equal("Noch nicht fertig", shown!.Latest.Translation("de")!.Title);
        Assert.Equal(EntityState.Detached, read.Entry(shown).State);
        Assert.Equal(["beratung", "geheim"], services.Select(i => i.Key));
        Assert.Null(await store.FindByKeyAsync("gibt-es-nicht"));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Overviews_of_published_entries_see_only_the_published_version(string provider)
    {
        using var database = new TestDatabase(provider);
        await SeedAsync(database);

        // Act
        await using var read = database.CreateContext();
        var items = await new ContentStore(read).WithPublishedVersion().ToListAsync();

        // Assert
        var item = Assert.Single(items);
        Assert.Equal("beratung", item.Key);
        var version = Assert.Single(item.Versions);
        Assert.Equal("Beratung", version.Translation("de")!.Title);
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await using var db = await database.CreateMigratedContextAsync();
        var published = ContentItem.Create(ContentType.Service, "beratung", Now);
        published.Latest.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string>());
        published.Latest.SetTranslation("fa", "moshavere", "مشاوره", new Dictionary<string, string>());
        published.Transition(WorkflowState.Published, Now);
        published.EditableVersion(Now.AddDays(1), "editor").SetTranslation("de", "beratung", "Beratung (Entwurf)", new Dictionary<string, string>());
        var draftOnly = ContentItem.Create(ContentType.Service, "geheim", Now);
        draftOnly.Latest.SetTranslation("de", "geheim", "Noch nicht fertig", new Dictionary<string, string>());
        db.ContentItems.AddRange(published, draftOnly);
        await db.SaveChangesAsync();
    }
}
