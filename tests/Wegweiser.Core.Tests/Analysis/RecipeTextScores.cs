using Wegweiser.Core.Analysis;
using Wegweiser.Core.Content;
using Wegweiser.Core.Recipes;

namespace Wegweiser.Core.Tests.Analysis;

/// <summary>
/// The plain-language reports of a recipe's German texts, checked as the editor area checks them:
/// with the recipe's glossary abbreviations as known words.
/// </summary>
internal static class RecipeTextScores
{
    public static string RecipesRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "content-recipes")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("content-recipes"), "content-recipes");
    }

    public static string ExceptionsFile(string recipe) => Path.Combine(RecipesRoot(), recipe, "plain-language-exceptions.txt");

    /// <summary>Each entry with German prose: its checked fields read as one text.</summary>
    public static List<(string Key, PlainLanguageReport Report)> Entries(string recipe)
    {
        var (items, glossary) = Load(recipe);
        return items
            .Select(i => (i.Key, Report: PlainLanguageChecker.Maintained.Check(PlainLanguageFields.Joined(i.Type, German(i)), glossary)))
            .Where(e => e.Report.Score is not null).ToList();
    }

    /// <summary>Each checked German field on its own.</summary>
    public static List<PlainLanguageReport> Fields(string recipe)
    {
        var (items, glossary) = Load(recipe);
        return items.SelectMany(i => PlainLanguageFields.For(i.Type).Select(f => PlainLanguageChecker.Maintained.Check(German(i)(f), glossary)))
            .Where(r => r.Score is not null).ToList();
    }

    private static Func<string, string?> German(RecipeItem item) => f => item.Translations[Cultures.Source].Fields.GetValueOrDefault(f);

    private static (List<RecipeItem> Items, HashSet<string> Glossary) Load(string recipe)
    {
        var items = RecipeReader.Read(RecipesRoot(), recipe).Steps.OfType<ContentStep>().SelectMany(s => s.Items)
            .Where(i => i.Translations.ContainsKey(Cultures.Source)).ToList();
        var glossary = items.Select(i => i.Data.Glossary?.Abbreviation).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return (items, glossary);
    }
}
