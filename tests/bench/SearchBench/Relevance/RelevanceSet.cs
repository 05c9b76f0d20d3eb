namespace Wegweiser.SearchBench.Relevance;

/// <summary>One judged query: what a visitor typed in a culture and the entry keys that should come first.</summary>
public sealed record RelevanceQuery(string Culture, string Text, IReadOnlyList<string> ExpectedKeys, int Line);

/// <summary>
/// The relevance set (<c>tests/relevance/queries.tsv</c>) and its measures. One query a line,
/// tab-separated: <c>culture TAB query TAB expected keys, comma-separated</c>; lines starting
/// with <c>#</c> and blank lines are skipped. Uses only the base class library, so a test project
/// can link this file as it is.
/// </summary>
public sealed class RelevanceSet
{
    /// <summary>Recall is counted in the first five results.</summary>
    public const int RecallDepth = 5;

    /// <summary>The reciprocal rank counts an expected key only within the first ten results.</summary>
    public const int RankDepth = 10;

    private RelevanceSet(IReadOnlyList<RelevanceQuery> queries) => Queries = queries;

    public IReadOnlyList<RelevanceQuery> Queries { get; }

    public static RelevanceSet Load(string path) => Parse(File.ReadAllLines(path), path);

    /// <summary>Reads the lines of the file; a malformed line throws with its number.</summary>
    public static RelevanceSet Parse(IEnumerable<string> lines, string source = "queries.tsv")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var queries = new List<RelevanceQuery>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new FormatException($"{source}:{number}: expected culture, query and expected keys separated by tabs, found {parts.Length} column(s).");
            }

            var culture = parts[0].Trim();
            var text = parts[1].Trim();
            var keys = parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
            if (culture.Length == 0 || text.Length == 0 || keys.Count == 0)
            {
                throw new FormatException($"{source}:{number}: culture, query and at least one expected key are required.");
            }

            queries.Add(new RelevanceQuery(culture, text, keys, number));
        }

        return new RelevanceSet(queries);
    }

    /// <summary>Share of the expected keys found among the first <see cref="RecallDepth"/> results.</summary>
    public static double RecallAt5(RelevanceQuery query, IReadOnlyList<string> rankedKeys)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rankedKeys);
        var top = rankedKeys.Take(RecallDepth).ToHashSet(StringComparer.Ordinal);
        return (double)query.ExpectedKeys.Count(top.Contains) / query.ExpectedKeys.Count;
    }

    /// <summary>1 / rank of the first expected key, 0 when none is among the first <see cref="RankDepth"/> results.</summary>
    public static double ReciprocalRank(RelevanceQuery query, IReadOnlyList<string> rankedKeys)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rankedKeys);
        var expected = query.ExpectedKeys.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(RankDepth, rankedKeys.Count); i++)
        {
            if (expected.Contains(rankedKeys[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>Mean recall@5 and mean reciprocal rank over every query, searching with <paramref name="search"/>.</summary>
    public (double RecallAt5, double Mrr) Score(Func<RelevanceQuery, IReadOnlyList<string>> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Queries.Count == 0)
        {
            return (0, 0);
        }

        double recall = 0, mrr = 0;
        foreach (var query in Queries)
        {
            var ranked = search(query);
            recall += RecallAt5(query, ranked);
            mrr += ReciprocalRank(query, ranked);
        }

        return (recall / Queries.Count, mrr / Queries.Count);
    }
}
