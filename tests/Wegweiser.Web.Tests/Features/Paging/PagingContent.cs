using System.Net.Http.Json;
using System.Text.Json;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Tests.Features.Paging;

/// <summary>
/// Enough published entries of every public type to fill more than one page: each is in Arnstadt,
/// free of charge, on the topic "wohnen" and the need "wohnung", and its summary names zebra
/// finches, so one search finds them all.
/// </summary>
public static class PagingContent
{
    public const string Topic = "wohnen";
    public const string Need = "wohnung";
    public const string SearchWord = "Zebrafinken";

    public static readonly ContentType[] Types =
        [ContentType.Service, ContentType.Course, ContentType.Club, ContentType.VolunteerInitiative, ContentType.Event, ContentType.Organisation, ContentType.GlossaryTerm];

    /// <summary>Adds <paramref name="perType"/> published entries of each type and waits until search finds them.</summary>
    public static async Task AddAsync(WegweiserFactory factory, int perType)
    {
        _ = factory.Services;
        var now = DateTime.UtcNow;
        var year = now.Year + 1;
        await factory.QueryAsync(async db =>
        {
            foreach (var type in Types)
            {
                var segment = DirectorySection.For(type).Segment;
                for (var i = 1; i <= perType; i++)
                {
                    var item = ContentItem.Create(type, $"test-blaettern-{segment}-{i:00}", now);
                    item.Latest.Data = new ContentData
                    {
                        Towns = ["arnstadt"],
                        Topics = [Topic],
                        Needs = [Need],
                        FreeOfCharge = true,
                        Course = type == ContentType.Course ? new CourseData { Level = "A1", Starts = new DateOnly(year, 2, 1), Ends = new DateOnly(year, 6, 30) } : null,
                        Event = type == ContentType.Event ? new EventData { Starts = new DateTime(year, 3, 1, 10, 0, 0), Ends = new DateTime(year, 3, 1, 18, 0, 0) } : null,
                    };
                    var title = $"Blättertest {segment} {i:00}";
                    item.Latest.SetTranslation(Cultures.Source, $"blaettertest-{segment}-{i:00}", title,
                        new Dictionary<string, string> { [ContentFields.Summary] = $"{title}: hier treffen sich Freunde der {SearchWord}." });
                    item.Latest.UpdateDerived(type);
                    item.Transition(WorkflowState.Published, now);
                    db.ContentItems.Add(item);
                }
            }

            return await db.SaveChangesAsync();
        });

        // Every save updates the search index within about a second; wait for it.
        var client = factory.CreateClient();
        var expected = perType * Types.Length;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var json = await client.GetFromJsonAsync<JsonElement>($"/api/suche?q={SearchWord}&kultur=de");
            if (json.GetProperty("total").GetInt32() >= expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The search index did not take up the {expected} test entries.");
    }
}
