using System.Reflection;

namespace Wegweiser.Search.Analysis;

/// <summary>Reads the maintained word lists embedded in this assembly (comments and blank lines skipped).</summary>
internal static class WordLists
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = $"Wegweiser.Search.Analysis.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Word list {name} is not embedded.");
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
