namespace Wegweiser.Core.Tests.Analysis;

/// <summary>
/// The documented exceptions to the plain-language minimum of a recipe: one line per entry,
/// <c>key | reason</c>; blank lines and lines starting with # are ignored. A line without a reason
/// or a key listed twice is an error, so every exception says why.
/// </summary>
internal static class PlainLanguageExceptions
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return exceptions;
        }

        foreach (var (line, number) in File.ReadAllLines(path).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"{Path.GetFileName(path)}:{number}: expected 'key | reason'.");
            }

            if (!exceptions.TryAdd(parts[0], parts[1]))
            {
                throw new FormatException($"{Path.GetFileName(path)}:{number}: '{parts[0]}' is listed twice.");
            }
        }

        return exceptions;
    }
}
