using Microsoft.EntityFrameworkCore;
using Wegweiser.Tests.Shared.Relevance;
using Xunit.Abstractions;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>
/// Runs every query of <c>tests/relevance/queries.tsv</c> through <c>/api/suche</c> on a demo site
/// and reports recall@5 and MRR per culture and in total. The day is fixed, so the demo's courses
/// and events that the set expects have not ended yet.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output) : IDisposable
{
    private const double Target = 0.95;

    private readonly WegweiserFactory _factory = new("demo", now: FixedClock.Berlin(2026, 11, 25, 10));

    [Fact]
    public async Task Recall_at_5_of_the_relevance_set_reaches_the_target()
    {
        // Arrange
        var queries = RelevanceSet.Load(RelevanceSet.FindFile(AppContext.BaseDirectory));
        var client = _factory.CreateClient();
        var known = (await _factory.QueryAsync(db => db.ContentItems.Select(i => i.Key).ToListAsync())).ToHashSet(StringComparer.Ordinal);
        foreach (var culture in queries.Select(q => q.Culture).Distinct())
        {
            await WaitForIndexAsync(client, culture);
        }

        // Act
        var results = new List<RelevanceResult>();
        foreach (var query in queries)
        {
            results.Add(new RelevanceResult(query, SearchApi.Keys(await SearchApi.SearchAsync(client, query.Text, query.Culture))));
        }

        // Assert
        var report = $"Relevance set: {queries.Count} queries\n{RelevanceScore.Table(results)}\nBelow recall@5 {Target}:\n{RelevanceScore.Misses(results, Target)}";
        output.WriteLine(report);
        Console.WriteLine(report);
        Assert.All(queries, q => Assert.All(q.Expected, key =>
            Assert.True(known.Contains(key), $"Line {q.Line}: '{key}' is not an entry of the demo site.")));
        Assert.True(queries.Count >= 160, $"The relevance set has only {queries.Count} queries.");
        var recall = RelevanceScore.MeanRecallAt5(results);
        Assert.True(recall >= Target, $"recall@5 is {recall:0.000}, below {Target}.\n{report}");
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Waits (up to 30 s) until the first build of <paramref name="culture"/>'s index is searchable.</summary>
    private static async Task WaitForIndexAsync(HttpClient client, string culture)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (SearchApi.Keys(await SearchApi.SearchAsync(client, "beratung", culture)).Count > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The search index '{culture}' was not built within 30 s of start-up.");
    }
}
