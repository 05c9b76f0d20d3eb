using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;

namespace Wegweiser.Web.Tests.Faults;

public sealed partial class KillDuringWorkTests
{
    /// <summary>A word only the planned drafts' titles carry, to find them in the search index.</summary>
    private const string Marker = "Xylofantum";

    /// <summary>
    /// Types of searchable entries that do not expire (the start-up archives ended courses and
    /// events, which would touch them too).
    /// </summary>
    private static readonly ContentType[] Planned = [ContentType.Service, ContentType.Organisation, ContentType.Club, ContentType.VolunteerInitiative, ContentType.GlossaryTerm];

    [Fact]
    public async Task Planned_publications_killed_midway_are_each_carried_out_once_by_the_next_start()
    {
        // Arrange: 60 published entries get a new draft with the marker in its title, planned for
        // publication a minute ago.
        var folder = await SiteProcess.DemoSiteCopyAsync();
        var planned = await PlannedDraftsAsync(folder);
        var settings = SiteProcess.WebServer(out var baseUrl);
        var open = "SELECT COUNT(*) FROM ScheduledActions WHERE DoneUtc IS NULL";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };

        // Act: the start carries out the plans and is killed after the first; the next start runs
        // until every plan is done and a search finds every entry.
        var (code, output) = await SiteProcess.RunAsync(folder, [], null, default,
            killWhen: () => SiteProcess.Count(folder, open) is { } left && left < planned.Count, settings);
        var afterKill = SiteProcess.Inspect(folder);
        var stateAfterKill = await PublicationStateAsync(folder, planned);
        long found = 0;
        DateTime? allDone = null;
        var (_, again) = await SiteProcess.RunAsync(folder, [], null, default, killWhenAsync: async () =>
        {
            // Once every plan is done, the search index gets 20 seconds to have every entry.
            allDone ??= SiteProcess.Count(folder, open) == 0 ? DateTime.UtcNow : null;
            return allDone is { } since && ((found = await SearchTotalAsync(http)) >= planned.Count || DateTime.UtcNow - since > TimeSpan.FromSeconds(20));
        }, settings);
        var after = SiteProcess.Inspect(folder);
        var stateAfter = await PublicationStateAsync(folder, planned);

        // Assert: after the kill each plan is all or nothing: done, published, audited and logged
        // for the search index once, or none of it
        Assert.True(code is null, $"The site was not killed while carrying out the plans (exit {code}):\n{output}");
        Assert.Equal("ok", afterKill.Integrity);
        Assert.Contains(stateAfterKill, s => !s.Done);
        Assert.All(stateAfterKill, s => Assert.True(
            s.Done ? s is { Published: true, Audits: 2, ChangeLogRows: 1 } : s is { Published: false, Audits: 0, ChangeLogRows: 0 },
            $"After the kill: {s}"));
        // the next start did the rest, each exactly once, and the search index has every entry
        Assert.Equal("ok", after.Integrity);
        Assert.All(stateAfter, s => Assert.Equal(s with { Done = true, Published = true, Audits = 2, ChangeLogRows = 1 }, s));
        Assert.Equal(planned.Count, found);
        Assert.Contains("planned workflow steps", again);
    }

    /// <summary>Per planned entry: plan done, draft published, audit lines of the publication, change-log rows naming it.</summary>
    private sealed record PublicationState(string Key, bool Done, bool Published, int Audits, int ChangeLogRows);

    private static async Task<IReadOnlyList<ContentItem>> PlannedDraftsAsync(string folder)
    {
        await using var db = SiteProcess.Database(folder);
        var now = DateTime.UtcNow;
        var items = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery()
            .Where(i => Planned.Contains(i.Type) && i.Versions.Any(v => v.IsPublished))
            .OrderBy(i => i.Key).Take(60).ToListAsync();
        foreach (var item in items)
        {
            var draft = item.EditableVersion(now, "redaktion");
            var german = draft.Translation(Cultures.Source)!;
            draft.SetTranslation(Cultures.Source, german.Slug, $"{german.Title} {Marker}", german.Fields);
        }

        await db.SaveChangesAsync();
        db.ScheduledActions.AddRange(items.Select(i => new ScheduledAction
        {
            ItemId = i.Id,
            Kind = ScheduledActionKind.Publish,
            DueUtc = now.AddMinutes(-1),
            CreatedBy = "beauftragte",
            CreatedUtc = now,
            VersionNumber = i.Latest.Number,
            VersionStamp = VersionStamp.Of(i.Latest),
        }));
        await db.SaveChangesAsync();
        Assert.Equal(60, items.Count);
        return items;
    }

    private static async Task<IReadOnlyList<PublicationState>> PublicationStateAsync(string folder, IReadOnlyList<ContentItem> planned)
    {
        await using var db = SiteProcess.Database(folder);
        var changeLog = await db.ContentChanges.AsNoTracking().Select(c => c.ItemIds).ToListAsync();
        var states = new List<PublicationState>();
        foreach (var item in planned)
        {
            var plan = await db.ScheduledActions.AsNoTracking().SingleAsync(a => a.ItemId == item.Id);
            var published = await db.ContentVersions.AsNoTracking().AnyAsync(v => v.ItemId == item.Id && v.IsPublished && v.Number == item.Latest.Number);
            var audits = await db.AuditEntries.CountAsync(a => a.ItemId == item.Id && (a.Action == "workflow.published" || a.Action == "schedule.publish.done"));
            var rows = changeLog.Count(ids => ids is not null && ids.Contains(item.Id.ToString(), StringComparison.OrdinalIgnoreCase));
            states.Add(new PublicationState(item.Key, plan.DoneUtc is not null && plan.Outcome == "done", published, audits, rows));
        }

        return states;
    }

    /// <summary>How many entries a search for the marker finds; asked at most twice a second (searches are rate-limited).</summary>
    private static async Task<long> SearchTotalAsync(HttpClient http)
    {
        try
        {
            var json = await http.GetFromJsonAsync<JsonElement>($"/api/suche?q={Marker}&kultur=de");
            return json.GetProperty("total").GetInt64();
        }
        catch (HttpRequestException)
        {
            return 0; // not listening yet
        }
        finally
        {
            await Task.Delay(500);
        }
    }
}
