using System.Globalization;
using System.Text;

namespace Wegweiser.Tests.Shared.Relevance;

/// <summary>How one query fared: the keys the search returned, best first.</summary>
public sealed record RelevanceResult(RelevanceQuery Query, IReadOnlyList<string> Ranked)
{
    /// <summary>Share of the expected keys among the first five results.</summary>
    public double RecallAt5 => RelevanceScore.RecallAt(5, Query.Expected, Ranked);

    /// <summary>1 / rank of the first expected key within the first ten results, else 0.</summary>
    public double ReciprocalRank => RelevanceScore.ReciprocalRank(Query.Expected, Ranked);
}

/// <summary>recall@5 and MRR of a relevance set, per culture and in total, as a plain-text table.</summary>
public static class RelevanceScore
{
    public const int MrrCutoff = 10;

    public static double RecallAt(int k, IReadOnlyList<string> expected, IReadOnlyList<string> ranked)
    {
        var top = ranked.Take(k).ToHashSet(StringComparer.Ordinal);
        return expected.Count == 0 ? 0 : (double)expected.Count(top.Contains) / expected.Count;
    }

    public static double ReciprocalRank(IReadOnlyList<string> expected, IReadOnlyList<string> ranked)
    {
        for (var i = 0; i < Math.Min(MrrCutoff, ranked.Count); i++)
        {
            if (expected.Contains(ranked[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    public static double MeanRecallAt5(IEnumerable<RelevanceResult> results) => results.Select(r => r.RecallAt5).DefaultIfEmpty(0).Average();

    public static double MeanReciprocalRank(IEnumerable<RelevanceResult> results) => results.Select(r => r.ReciprocalRank).DefaultIfEmpty(0).Average();

    /// <summary>A table with one row per culture (in the order first seen) and the total.</summary>
    public static string Table(IReadOnlyList<RelevanceResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| culture | queries | recall@5 | MRR |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var group in results.GroupBy(r => r.Query.Culture))
        {
            text.AppendLine(Row(group.Key, group.ToList()));
        }

        text.AppendLine(Row("total", results));
        return text.ToString();

        static string Row(string name, IReadOnlyList<RelevanceResult> rows) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {rows.Count} | {MeanRecallAt5(rows):0.000} | {MeanReciprocalRank(rows):0.000} |");
    }

    /// <summary>The queries whose recall@5 is below <paramref name="target"/>, with what came first instead.</summary>
    public static string Misses(IReadOnlyList<RelevanceResult> results, double target)
    {
        var text = new StringBuilder();
        foreach (var r in results.Where(r => r.RecallAt5 < target))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"line {r.Query.Line} [{r.Query.Culture}] \"{r.Query.Text}\": recall@5 {r.RecallAt5:0.00}, RR {r.ReciprocalRank:0.00}; " +
                $"expected {string.Join(", ", r.Query.Expected)}; top 5: {string.Join(", ", r.Ranked.Take(5))}"));
        }

        return text.ToString();
    }
}
