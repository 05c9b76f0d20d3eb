using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Humanizer;

namespace Wegweiser.Web.Tests.Features.Translation;

/// <summary>
/// Every UI string exists in every culture of the site, with the same placeholders; text of the
/// staff and editor area (marked <c>german-only</c> in the neutral file) exists only in German.
/// </summary>
public partial class ResourceCompletenessTests
{
    public static TheoryData<string> Cultures => ["en", "ar", "fa", "uk", "ru", "tr"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_key_is_translated_with_the_same_placeholders(string culture)
    {
        var german = Read("SharedResource.resx");
        var translated = Read($"SharedResource.{culture}.resx");
        var germanOnly = GermanOnlyKeys();

        var missing = german.Keys.Where(k => !germanOnly.Contains(k))
            .Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        var extra = translated.Keys.Except(german.Keys).ToList();
        var placeholders = german.Keys.Where(translated.ContainsKey)
            .Where(k => !Placeholders(german[k]).SequenceEqual(Placeholders(translated[k]))).ToList();

        Assert.True(missing.Count == 0, $"{culture} is missing: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"{culture} has unknown keys: {string.Join(", ", extra)}");
        Assert.True(placeholders.Count == 0, $"{culture} placeholders differ: {string.Join(", ", placeholders)}");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Staff_text_is_German_only_and_no_other_text_is_a_copy_of_the_German(string culture)
    {
        // Arrange
        var german = Read("SharedResource.resx");
        var translated = Read($"SharedResource.{culture}.resx");
        var germanOnly = GermanOnlyKeys();

        // Act
        var copiedStaffText = germanOnly.Where(translated.ContainsKey).ToList();
        // A sentence that reads the same as the German is a copy; single words such as "Sport" may be equal.
        var copies = translated.Where(t => german.TryGetValue(t.Key, out var g) && g == t.Value && g.Contains(' ') && Words().IsMatch(g))
            .Select(t => t.Key).ToList();

        // Assert
        Assert.True(germanOnly.Count > 100, "the staff area's keys are marked german-only in SharedResource.resx");
        Assert.True(copiedStaffText.Count == 0, $"{culture} repeats German-only staff text: {string.Join(", ", copiedStaffText)}");
        Assert.True(copies.Count == 0, $"{culture} has German text instead of a translation: {string.Join(", ", copies)}");
    }

    [Theory]
    [InlineData("de", "vor 4 Monaten")]
    [InlineData("en", "4 months ago")]
    [InlineData("ru", "4 месяца назад")]
    [InlineData("uk", "4 місяці тому")]
    [InlineData("tr", "4 ay önce")]
    public void Humanizer_says_how_long_ago_in_each_culture(string culture, string expected)
    {
        var reviewed = new DateTime(2026, 7, 25);
        var now = new DateTime(2026, 11, 25);

        Assert.Equal(expected, reviewed.Humanize(utcDate: false, dateToCompareAgainst: now, culture: CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Humanizer_speaks_Arabic_and_Farsi_too(string culture)
    {
        var text = new DateTime(2026, 7, 25).Humanize(utcDate: false, dateToCompareAgainst: new DateTime(2026, 11, 25), culture: CultureInfo.GetCultureInfo(culture));

        Assert.DoesNotContain("months", text);
        Assert.Matches(@"\p{IsArabic}", text);
    }

    private static Dictionary<string, string> Read(string file)
    {
        var path = Path.Combine(WegweiserFactory.RecipesFolder, "..", "src", "Wegweiser.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    /// <summary>The keys of the neutral file marked <c>&lt;comment&gt;german-only&lt;/comment&gt;</c>.</summary>
    private static HashSet<string> GermanOnlyKeys()
    {
        var path = Path.Combine(WegweiserFactory.RecipesFolder, "..", "src", "Wegweiser.Web", "Resources", "SharedResource.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .Where(d => (string?)d.Element("comment") == "german-only")
            .Select(d => (string)d.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Words();
}
