using System.Reflection;

namespace Wegweiser.Core.Analysis;

/// <summary>
/// Reads the maintained word lists embedded in Wegweiser.Core (comments and blank lines skipped).
/// The compound parts are shared: the search splits compounds with them, and the plain-language
/// checker finds long compounds with them.
/// </summary>
public static class GermanWordLists
{
    public const string CompoundPartsFile = "german-compound-parts.txt";

    private static readonly Lazy<IReadOnlyList<string>> Parts = new(() => Lines(CompoundPartsFile));

    /// <summary>The parts of German compounds, lower case, as they appear inside a compound.</summary>
    public static IReadOnlyList<string> CompoundParts => Parts.Value;

    /// <summary>The non-comment lines of an embedded list, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string fileName) =>
        EmbeddedLines(typeof(GermanWordLists).Assembly, $"Wegweiser.Core.Analysis.{fileName}");

    /// <summary>
    /// The non-comment lines of the list embedded in <paramref name="assembly"/> as
    /// <paramref name="resourceName"/>, trimmed; the one reader of every maintained word list.
    /// </summary>
    public static IReadOnlyList<string> EmbeddedLines(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Word list {resourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
