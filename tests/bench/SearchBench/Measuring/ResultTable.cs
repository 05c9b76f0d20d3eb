using System.Globalization;
using System.Text;

namespace Wegweiser.SearchBench.Measuring;

/// <summary>The one markdown table the bench prints.</summary>
internal static class ResultTable
{
    public static string Render(IEnumerable<EngineResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder()
            .AppendLine("| engine | build time | p50 | p95 | p99 | memory | recall@5 | MRR |")
            .AppendLine("|---|---:|---:|---:|---:|---|---:|---:|");
        foreach (var r in results)
        {
            if (r.Missing is not null)
            {
                table.AppendLine(c, $"| {r.Engine} | not run: {r.Missing} | | | | | | |");
                continue;
            }

            var docsPerSecond = r.Documents / r.BuildTime.TotalSeconds;
            table.AppendLine(c,
                $"| {r.Engine} | {r.BuildTime.TotalSeconds:0.0} s ({docsPerSecond:#,0} docs/s) | {Ms(r.Latencies.Percentile(50))} | {Ms(r.Latencies.Percentile(95))} | {Ms(r.Latencies.Percentile(99))} | {r.Footprint} | {r.RecallAt5:0.00} | {r.Mrr:0.00} |");
        }

        return table.ToString();

        string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", c) + " ms";
    }
}
