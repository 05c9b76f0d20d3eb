using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

/// <summary>The maintained filler words: a sentence or question keeps only the words that carry meaning.</summary>
public class FillersTests
{
    [Theory]
    [InlineData("wo kann ich deutsch lernen", "deutsch lernen")]
    [InlineData("ich will zurück in mein heimatland", "zurück heimatland")]
    [InlineData("Gibt es einen Kindergarten für mein Kind?", "Kindergarten Kind")]
    [InlineData("wie komme ich wieder nach hause", "wieder hause")]
    [InlineData("mein chef zahlt meinen lohn nicht", "chef zahlt lohn")]
    public void German_sentences_keep_their_meaningful_words(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Theory]
    [InlineData("how do I find a flat", "flat")]
    [InlineData("my boss does not pay me", "boss pay")]
    [InlineData("Where can I see a doctor without health insurance?", "see doctor health insurance")]
    [InlineData("I don't have a job", "job")]
    public void English_sentences_keep_their_meaningful_words(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Theory]
    [InlineData("أين أجد طبيبا", "طبيبا")]
    [InlineData("أين يمكنني تعلم اللغة الألمانية؟", "تعلم اللغة الألمانية")]
    [InlineData("هل يوجد محامي مجاني", "محامي مجاني")]
    [InlineData("اين اجد طبيبا", "طبيبا")]
    public void Arabic_sentences_keep_their_meaningful_words(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Theory]
    [InlineData("کجا می‌توانم آلمانی یاد بگیرم", "آلمانی یاد")]
    [InlineData("کجا میتوانم آلمانی یاد بگیرم", "آلمانی یاد")]
    [InlineData("برای بچه‌ام مهدکودک می‌خواهم", "بچه مهدکودک")]
    [InlineData("رئیسم حقوقم را نمی‌دهد", "رئیسم حقوقم")]
    public void Persian_sentences_keep_their_meaningful_words(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Theory]
    [InlineData("де можна вивчати німецьку", "вивчати німецьку")]
    [InlineData("мені потрібен безкоштовний адвокат", "безкоштовний адвокат")]
    [InlineData("Де знайти лікаря?", "лікаря")]
    public void Ukrainian_sentences_keep_their_meaningful_words(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Theory]
    [InlineData("где мне найти юриста", "юриста")]
    [InlineData("где можно выучить немецкий", "выучить немецкий")]
    [InlineData("начальник не платит зарплату", "начальник платит зарплату")]
    public void Russian_sentences_keep_their_meaningful_words(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Theory]
    [InlineData("çocuğum için kreş arıyorum", "çocuğum kreş")]
    [InlineData("nerede doktor bulabilirim", "doktor")]
    [InlineData("NEREDE doktor bulabilirim?", "doktor")]
    [InlineData("ülkeme geri dönmek istiyorum", "ülkeme geri dönmek")]
    public void Turkish_sentences_keep_their_meaningful_words(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Theory]
    [InlineData("wo", "wo")]
    [InlineData("how can I", "how can I")]
    [InlineData("أين", "أين")]
    [InlineData("Beratung", "Beratung")]
    [InlineData("is ariyorum", "is ariyorum")]
    public void A_query_of_only_fillers_keeps_them_and_one_without_fillers_is_unchanged(string sentence, string meaningful) =>
        Assert.Equal(meaningful, Meaningful(sentence));

    [Fact]
    public void Every_language_of_the_site_has_fillers()
    {
        Assert.All(Thesaurus.Languages, l =>
            Assert.True(Fillers.Default.ByLanguage.GetValueOrDefault(l)?.Count >= 40, $"'{l}' has too few fillers."));
    }

    [Fact]
    public void No_filler_is_a_word_of_the_thesaurus()
    {
        // English "is" folds to Turkish "iş" (work). It stays a filler: "is" is far more often the
        // English word, and a Turkish query without its "ş" ("is ariyorum") is all fillers, so it
        // keeps "is" and still finds work.
        string[] known = ["is"];
        var clashes = Fillers.Default.ByLanguage
            .SelectMany(l => l.Value.Select(w => (Language: l.Key, Word: w)))
            .Where(f => !known.Contains(f.Word) && Thesaurus.Default.For(f.Word).Count > 0)
            .Select(f => $"{f.Language}: {f.Word} ({string.Join(", ", Thesaurus.Default.For(f.Word).Select(c => c.Name))})")
            .ToList();

        Assert.True(clashes.Count == 0, "Fillers that carry meaning in the thesaurus: " + string.Join("; ", clashes));
    }

    [Theory]
    [InlineData("wo, wie")]
    [InlineData("[xx]")]
    public void A_bad_list_is_refused_with_the_reason(string line)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Fillers.Parse([line], "fillers.txt"));

        Assert.Contains("fillers.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filler_must_be_one_word()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Fillers.Parse(["[de]", "wo, gibt's"], "fillers.txt"));

        Assert.Contains("gibt's", error.Message, StringComparison.Ordinal);
    }

    private static string Meaningful(string sentence) => string.Join(' ', Fillers.Default.Meaningful(QueryWords.Of(sentence)));
}
