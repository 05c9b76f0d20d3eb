using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data.Audit;

namespace Wegweiser.Data.Tests.Audit;

public class AuditTrailTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_line_is_saved_with_the_callers_change_and_read_back_newest_first(string provider)
    {
        using var database = new TestDatabase(provider);
        var itemId = ContentItem.IdFromKey("beratung");

        // Arrange
        await using (var db = await database.CreateMigratedContextAsync())
        {
            var audit = new AuditTrail(db);
            audit.Record(AuditActions.EntryCreated, "redaktion", Now, itemId: itemId, version: 1);
            audit.Record(AuditActions.WorkflowSentBack, "chefin", Now.AddHours(1), new AuditDetails { From = "InReview", To = "Draft" }, itemId, 1, "Bitte Telefon prüfen");
            audit.Record(AuditActions.RecipeApplied, "setup", Now, new AuditDetails { Recipe = "demo" });
            Assert.Equal(0, await db.AuditEntries.CountAsync()); // nothing is written before the caller saves
            await db.SaveChangesAsync();
        }

        // Act
        await using var read = database.CreateContext();
        var trail = new AuditTrail(read);
        var lines = await trail.ForItemAsync(itemId, 10);
        var sentBack = await trail.LatestAsync(itemId, 1, AuditActions.WorkflowSentBack);
        var recipe = await read.AuditEntries.SingleAsync(a => a.ItemId == null);

        // Assert
        Assert.Equal([AuditActions.WorkflowSentBack, AuditActions.EntryCreated], lines.Select(l => l.Action));
        Assert.NotNull(sentBack);
        Assert.Equal("chefin", sentBack.UserName);
        Assert.Equal("Bitte Telefon prüfen", sentBack.Comment);
        Assert.Equal(Now.AddHours(1), sentBack.Utc);
        Assert.Equal("""{"from":"InReview","to":"Draft"}""", sentBack.Details);
        Assert.Null(lines[1].Details);
        Assert.Equal(1, lines[1].VersionNumber);
        Assert.Equal("""{"recipe":"demo"}""", recipe.Details);
        Assert.Null(await trail.LatestAsync(itemId, 2, AuditActions.WorkflowSentBack));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Lines_stored_by_earlier_versions_stay_readable(string provider)
    {
        using var database = new TestDatabase(provider);
        var itemId = ContentItem.IdFromKey("sprachcafe");

        // Arrange: rows as earlier versions wrote them, straight into the table.
        await using (var db = await database.CreateMigratedContextAsync())
        {
            db.AuditEntries.AddRange(
                new AuditEntry { ItemId = itemId, VersionNumber = 2, Action = AuditActions.TranslationSaved, UserName = "uebersetzerin", Utc = Now, Details = "fa" },
                new AuditEntry { ItemId = itemId, VersionNumber = 3, Action = AuditActions.ReviewProviderChanged, UserName = "Prüfrunde 4", Utc = Now.AddMinutes(1), Details = "Neue Telefonnummer" },
                new AuditEntry { ItemId = itemId, Action = AuditActions.ContactRequestPassedOn, UserName = "redaktion", Utc = Now.AddMinutes(2), Details = "17" });
            await db.SaveChangesAsync();
        }

        // Act
        await using var read = database.CreateContext();
        var details = (await new AuditTrail(read).ForItemAsync(itemId, 10)).Select(AuditDetails.Of).ToList();

        // Assert
        Assert.Equal(17, details[0]!.ContactRequestId);
        Assert.Equal("Neue Telefonnummer", details[1]!.Note);
        Assert.Equal("fa", details[2]!.Culture);
    }

    [Fact]
    public async Task An_action_that_is_not_listed_is_refused_and_nothing_is_added()
    {
        using var database = new TestDatabase(TestDatabase.Sqlite);
        await using var db = await database.CreateMigratedContextAsync();

        var error = Assert.Throws<ArgumentException>(() => new AuditTrail(db).Record("entry.deleted", "redaktion", Now));

        Assert.Contains("entry.deleted", error.Message);
        Assert.Empty(db.ChangeTracker.Entries<AuditEntry>());
    }

    [Fact]
    public void Every_action_constant_is_listed_fits_its_column_and_is_written_once()
    {
        var constants = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(constants.Count, AuditActions.All.Count);
        Assert.All(constants, c => Assert.Contains(c, AuditActions.All));
        Assert.All(constants, c => Assert.True(c.Length <= 60, c));
    }

    [Theory]
    [InlineData(ScheduledActionKind.Publish, true, "schedule.publish", "schedule.publish.done")]
    [InlineData(ScheduledActionKind.Publish, false, "schedule.publish", "schedule.publish.refused")]
    [InlineData(ScheduledActionKind.Archive, true, "schedule.archive", "schedule.archive.done")]
    [InlineData(ScheduledActionKind.Archive, false, "schedule.archive", "schedule.archive.refused")]
    public void Scheduled_steps_keep_their_stored_names(ScheduledActionKind kind, bool done, string planned, string carriedOut)
    {
        Assert.Equal(planned, AuditActions.Scheduled(kind));
        Assert.Equal(carriedOut, AuditActions.ScheduleCarriedOut(kind, done));
    }

    [Theory]
    [InlineData(MistakeReportState.Accepted, "suggestion.accepted")]
    [InlineData(MistakeReportState.Rejected, "suggestion.rejected")]
    public void Decisions_on_suggestions_keep_their_stored_names(MistakeReportState state, string action)
    {
        Assert.Equal(action, AuditActions.Decided(state));
    }
}
