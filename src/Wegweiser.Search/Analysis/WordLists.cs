using Wegweiser.Core.Analysis;

namespace Wegweiser.Search.Analysis;

/// <summary>Reads the maintained word lists embedded in this assembly (comments and blank lines skipped).</summary>
internal static class WordLists
{
    public static IEnumerable<string> Lines(string fileName) =>
        GermanWordLists.EmbeddedLines(typeof(WordLists).Assembly, $"Wegweiser.Search.Analysis.{fileName}");
}
