using Wegweiser.Core.Analysis;
using Wegweiser.Core.Content;
using Wegweiser.Core.Recipes;
using Xunit;
using Xunit.Abstractions;

namespace Wegweiser.Core.Tests.Analysis;

/// <summary>
/// The scores of the ilm-kreis recipe's German texts: printed as a distribution (per entry and
/// per field), so the README can show how the shipped texts do against the threshold.
/// </summary>
public sealed class RecipeTextScoreTests(ITestOutputHelper output)
{
    private static string RecipesRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "content-recipes")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("content-recipes"), "content-recipes");
    }

    [Fact]
    public void Prints_the_distribution_of_the_recipe_scores()
    {
        var items = RecipeReader.Read(RecipesRoot(), "ilm-kreis").Steps.OfType<ContentStep>().SelectMany(s => s.Items)
            .Where(i => i.Translations.ContainsKey(Cultures.Source)).ToList();
        var glossary = items.Select(i => i.Data.Glossary?.Abbreviation).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var checker = PlainLanguageChecker.Maintained;

        var entries = items
            .Select(i => (i.Key, Report: checker.Check(PlainLanguageFields.Joined(i.Type, f => i.Translations[Cultures.Source].Fields.GetValueOrDefault(f)), glossary)))
            .Where(e => e.Report.Score is not null).ToList();
        var fields = items.SelectMany(i => PlainLanguageFields.For(i.Type)
                .Select(f => checker.Check(i.Translations[Cultures.Source].Fields.GetValueOrDefault(f), glossary)))
            .Where(r => r.Score is not null).ToList();

        output.WriteLine($"ilm-kreis: {entries.Count} entries with German prose, {fields.Count} fields.");
        Print("Entries", entries.Select(e => e.Report.Score!.Value).ToList());
        Print("Fields", fields.Select(r => r.Score!.Value).ToList());
        output.WriteLine("Lowest entries:");
        foreach (var (key, report) in entries.OrderBy(e => e.Report.Score).Take(10))
        {
            output.WriteLine($"  {report.Score,4:0.0}  {key}  (Flesch {report.FleschAmstad:0}, WSTF {report.WienerSachtextformel:0.0}, {report.Problems} problems)");
        }

        output.WriteLine("Most frequent findings:");
        foreach (var g in entries.SelectMany(e => e.Report.Findings).GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {g.Count(),4}  {g.Key}");
        }

        Assert.All(entries, e => Assert.InRange(e.Report.Score!.Value, 0, 20));
    }

    private void Print(string what, IReadOnlyList<double> scores)
    {
        var sorted = scores.Order().ToList();
        output.WriteLine($"{what}: min {sorted[0]:0.0}, median {sorted[sorted.Count / 2]:0.0}, max {sorted[^1]:0.0}");
        foreach (var band in Enumerable.Range(0, 10))
        {
            var count = scores.Count(s => s >= band * 2 && (s < band * 2 + 2 || (band == 9 && s <= 20)));
            output.WriteLine($"  {band * 2,2}–{band * 2 + 2,-2}: {count,4} {new string('#', count)}");
        }
    }
}
