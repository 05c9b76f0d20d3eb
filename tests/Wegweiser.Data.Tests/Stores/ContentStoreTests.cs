using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Scheduling;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Stores;

namespace Wegweiser.Data.Tests.Stores;

public class ContentStoreTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_item_round_trips_with_data_translations_and_versions(string provider)
    {
        using var database = new TestDatabase(provider);

        // Arrange
        await using (var db = await database.CreateMigratedContextAsync())
        {
            var item = ContentItem.Create(ContentType.Course, "a1-abend", Now, "editor");
            var version = item.Latest;
            version.Data = new ContentData
            {
                Towns = ["arnstadt"],
                Contact = new ContactData { Phone = "+49 000 0000001", Email = "kurs@example.org" },
                Course = new CourseData { Level = "A1", Starts = new(2027, 1, 11), Ends = new(2027, 6, 30), TimeOfDay = TimeOfDay.Evening, Days = [DayOfWeek.Monday, DayOfWeek.Wednesday], FreePlaces = 3 },
                Schedule = new Schedule { Monthly = [new MonthlyRule { Ordinal = 1, Day = DayOfWeek.Tuesday, From = new(14, 0), To = new(16, 0) }] },
            };
            version.LastReviewedOn = new DateOnly(2026, 11, 1);
            version.SetTranslation("de", "a1-abendkurs", "A1 am Abend", new Dictionary<string, string> { ["summary"] = "Deutsch lernen am Abend." });
            version.SetTranslation("ar", "a1-masaan", "دورة A1 مساءً", new Dictionary<string, string>());
            version.UpdateDerived(item.Type);
            item.Transition(WorkflowState.Published, Now);
            var store = new ContentStore(db);
            store.Add(item);
            await store.SaveAsync();
        }

        // Act
        await using var read = database.CreateContext();
        var loaded = await new ContentStore(read).FindByKeyAsync("a1-abend");

        // Assert
        Assert.NotNull(loaded);
        Assert.Equal(ContentItem.IdFromKey("a1-abend"), loaded.Id);
        var v = Assert.Single(loaded.Versions);
        Assert.True(v.IsPublished);
        Assert.Equal(WorkflowState.Published, v.State);
        Assert.Equal(Now, v.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, v.CreatedUtc.Kind);
        Assert.Equal(new DateOnly(2027, 6, 30), v.EndsOn);
        Assert.False(v.NeedsReview);
        Assert.Equal(TimeOfDay.Evening, v.Data.Course!.TimeOfDay);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday], v.Data.Course.Days);
        Assert.Equal(DayOfWeek.Tuesday, v.Data.Schedule!.Monthly[0].Day);
        Assert.Equal(new TimeOnly(16, 0), v.Data.Schedule.Monthly[0].To);
        Assert.Equal("دورة A1 مساءً", v.Translation("ar")!.Title);
        Assert.Equal("Deutsch lernen am Abend.", v.Translation("de")!.Fields["summary"]);
        Assert.Equal(1, v.Translation("ar")!.SourceVersion);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_public_sees_the_published_version_while_a_draft_is_edited(string provider)
    {
        using var database = new TestDatabase(provider);
        await using (var db = await database.CreateMigratedContextAsync())
        {
            var published = ContentItem.Create(ContentType.Service, "beratung", Now);
            published.Latest.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string>());
            published.Transition(WorkflowState.Published, Now);
            var draftOnly = ContentItem.Create(ContentType.Service, "geheim", Now);
            draftOnly.Latest.SetTranslation("de", "geheim", "Noch nicht fertig", new Dictionary<string, string>());
            db.ContentItems.AddRange(published, draftOnly);
            await db.SaveChangesAsync();
        }

        // A second editor session changes the published item: a new draft version.
        await using (var db = database.CreateContext())
        {
            var store = new ContentStore(db);
            var item = (await store.FindByKeyAsync("beratung"))!;
            var draft = item.EditableVersion(Now.AddDays(1), "editor");
            draft.SetTranslation("de", "beratung-neu", "Beratung (Entwurf)", new Dictionary<string, string>());
            await store.SaveAsync();
        }

        await using var read = database.CreateContext();
        var reader = new ContentStore(read);
        var list = await reader.PublishedAsync(ContentType.Service);
        var entry = Assert.Single(list);
        Assert.Equal("Beratung", entry.Version.Translation("de")!.Title);
        Assert.Equal(1, entry.Version.Number);
        Assert.NotNull(await reader.PublishedBySlugAsync(ContentType.Service, "de", "beratung"));
        Assert.Null(await reader.PublishedBySlugAsync(ContentType.Service, "de", "beratung-neu"));
        Assert.Null(await reader.PublishedBySlugAsync(ContentType.Service, "de", "geheim"));
        Assert.Null(await reader.PublishedBySlugAsync(ContentType.Course, "de", "beratung"));
        Assert.Equal(2, await read.ContentVersions.CountAsync(v => v.ItemId == ContentItem.IdFromKey("beratung")));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_first_publication_counts_even_after_a_newer_version_went_live(string provider)
    {
        using var database = new TestDatabase(provider);

        // Arrange: published on day 0, a new version published on day 5; a draft never published.
        await using (var db = await database.CreateMigratedContextAsync())
        {
            var item = ContentItem.Create(ContentType.Service, "beratung", Now);
            item.Latest.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string>());
            item.Transition(WorkflowState.Published, Now);
            var second = item.EditableVersion(Now.AddDays(5));
            second.SetTranslation("de", "beratung", "Beratung neu", new Dictionary<string, string>());
            item.Transition(WorkflowState.Published, Now.AddDays(5));
            var draftOnly = ContentItem.Create(ContentType.Service, "geheim", Now);
            draftOnly.Latest.SetTranslation("de", "geheim", "Noch nicht fertig", new Dictionary<string, string>());
            db.ContentItems.AddRange(item, draftOnly);
            await db.SaveChangesAsync();
        }

        // Act
        await using var read = database.CreateContext();
        var first = await new ContentStore(read).FirstPublishedUtcAsync([ContentItem.IdFromKey("beratung"), ContentItem.IdFromKey("geheim")]);

        // Assert
        var (id, published) = Assert.Single(first);
        Assert.Equal(ContentItem.IdFromKey("beratung"), id);
        Assert.Equal(Now, published);
        Assert.Equal(DateTimeKind.Utc, published.Kind);
    }
}
