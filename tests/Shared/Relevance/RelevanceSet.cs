namespace Wegweiser.Tests.Shared.Relevance;

/// <summary>One line of <c>tests/relevance/queries.tsv</c>: what a visitor types and the entries that answer it.</summary>
public sealed record RelevanceQuery(string Culture, string Text, IReadOnlyList<string> Expected, int Line);

/// <summary>
/// Reads the relevance set: one query a line, <c>culture&lt;TAB&gt;query&lt;TAB&gt;key,key</c>;
/// lines starting with <c>#</c> and blank lines are skipped. Dependency-free, so the tests and the
/// benchmark read the file the same way.
/// </summary>
public static class RelevanceSet
{
    public const string RelativePath = "tests/relevance/queries.tsv";

    /// <summary>The file in the repository that contains <paramref name="startFolder"/>.</summary>
    public static string FindFile(string startFolder)
    {
        for (var dir = new DirectoryInfo(startFolder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{RelativePath} was not found above {startFolder}.");
    }

    public static IReadOnlyList<RelevanceQuery> Load(string path) => Parse(File.ReadAllLines(path), path);

    public static IReadOnlyList<RelevanceQuery> Parse(IEnumerable<string> lines, string source)
    {
        var queries = new List<RelevanceQuery>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            var expected = parts.Length == 3
                ? parts[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray()
                : [];
            if (parts.Length != 3 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0 || expected.Length == 0)
            {
                throw new FormatException($"{source}:{number}: '{line}' is not 'culture<TAB>query<TAB>key,key'.");
            }

            queries.Add(new RelevanceQuery(parts[0].Trim(), parts[1].Trim(), expected, number));
        }

        return queries;
    }
}
