using Wegweiser.Core.Analysis;
using Wegweiser.Core.Content;
using Wegweiser.Core.Recipes;
using Xunit;
using Xunit.Abstractions;

namespace Wegweiser.Core.Tests.Analysis;

/// <summary>
/// The ilm-kreis recipe's German texts against the plain-language threshold: every entry's German
/// prose (its checked fields read as one text, as the editors' dashboard counts it) reaches
/// <see cref="PlainLanguageChecker.DefaultMinimumScore"/> or is listed with a reason in
/// <c>content-recipes/ilm-kreis/plain-language-exceptions.txt</c>. The distribution is printed
/// (per entry and per field) so the README can show how the shipped texts do.
/// </summary>
public sealed class RecipeTextScoreTests(ITestOutputHelper output)
{
    private const string Recipe = "ilm-kreis";

    [Fact]
    public void Every_German_text_reaches_the_minimum_or_is_a_documented_exception()
    {
        var entries = RecipeTextScores.Entries(Recipe);
        var exceptions = PlainLanguageExceptions.Read(RecipeTextScores.ExceptionsFile(Recipe));
        var minimum = PlainLanguageChecker.DefaultMinimumScore;

        var below = entries.Where(e => !e.Report.Reaches(minimum)).ToList();
        var undocumented = below.Where(e => !exceptions.ContainsKey(e.Key)).ToList();
        foreach (var (key, report) in undocumented)
        {
            PrintFindings(key, report);
        }

        Assert.True(undocumented.Count == 0,
            $"{undocumented.Count} German texts are below {minimum} and not in the exceptions list: "
            + string.Join(", ", undocumented.Select(e => $"{e.Key} ({e.Report.Score:0.0})")));
    }

    [Fact]
    public void Every_exception_names_an_entry_that_is_still_below_the_minimum()
    {
        var entries = RecipeTextScores.Entries(Recipe).ToDictionary(e => e.Key, e => e.Report);
        var exceptions = PlainLanguageExceptions.Read(RecipeTextScores.ExceptionsFile(Recipe));

        var unknown = exceptions.Keys.Where(k => !entries.ContainsKey(k)).ToList();
        var passing = exceptions.Keys.Where(k => entries.TryGetValue(k, out var r) && r.Reaches(PlainLanguageChecker.DefaultMinimumScore)).ToList();

        Assert.True(unknown.Count == 0, "Exceptions for entries without German prose in the recipe: " + string.Join(", ", unknown));
        Assert.True(passing.Count == 0, "Exceptions for texts that reach the minimum (remove them): "
            + string.Join(", ", passing.Select(k => $"{k} ({entries[k].Score:0.0})")));
    }

    [Fact]
    public void Prints_the_distribution_of_the_recipe_scores()
    {
        var entries = RecipeTextScores.Entries(Recipe);
        var fields = RecipeTextScores.Fields(Recipe);
        var exceptions = PlainLanguageExceptions.Read(RecipeTextScores.ExceptionsFile(Recipe));

        output.WriteLine($"{Recipe}: {entries.Count} entries with German prose, {fields.Count} fields, minimum {PlainLanguageChecker.DefaultMinimumScore}.");
        Print("Entries", entries.Select(e => e.Report.Score!.Value).ToList());
        Print("Fields", fields.Select(r => r.Score!.Value).ToList());
        output.WriteLine("Lowest entries:");
        foreach (var (key, report) in entries.OrderBy(e => e.Report.Score).Take(10))
        {
            var note = exceptions.ContainsKey(key) ? "  [exception]" : "";
            output.WriteLine($"  {report.Score,4:0.0}  {key}  (Flesch {report.FleschAmstad:0}, WSTF {report.WienerSachtextformel:0.0}, {report.Problems} problems){note}");
        }

        output.WriteLine("Most frequent findings:");
        foreach (var g in entries.SelectMany(e => e.Report.Findings).GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {g.Count(),4}  {g.Key}");
        }

        Assert.All(entries, e => Assert.InRange(e.Report.Score!.Value, 0, 20));
    }

    private void PrintFindings(string key, PlainLanguageReport report)
    {
        output.WriteLine($"{report.Score:0.0}  {key}  (Flesch {report.FleschAmstad:0}, WSTF {report.WienerSachtextformel:0.0}, {report.Words} words, {report.Sentences.Count} sentences)");
        foreach (var finding in report.Findings.Where(f => f.IsProblem || f.RuleId == PlainLanguageRules.LongWord))
        {
            output.WriteLine($"    {finding.RuleId}: {finding.Word ?? finding.Sentence}");
        }
    }

    private void Print(string what, IReadOnlyList<double> scores)
    {
        var sorted = scores.Order().ToList();
        output.WriteLine($"{what}: min {sorted[0]:0.0}, median {sorted[sorted.Count / 2]:0.0}, max {sorted[^1]:0.0}, below minimum {scores.Count(s => s < PlainLanguageChecker.DefaultMinimumScore)}");
        foreach (var band in Enumerable.Range(0, 10))
        {
            var count = scores.Count(s => s >= band * 2 && (s < band * 2 + 2 || (band == 9 && s <= 20)));
            output.WriteLine($"  {band * 2,2}–{band * 2 + 2,-2}: {count,4} {new string('#', count)}");
        }
    }
}
