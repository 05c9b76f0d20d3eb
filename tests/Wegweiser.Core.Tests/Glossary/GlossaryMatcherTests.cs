using Wegweiser.Core.Glossary;

namespace Wegweiser.Core.Tests.Glossary;

public class GlossaryMatcherTests
{
    private static readonly GlossaryMatcher German = new(
    [
        .. GlossaryPatterns.For("mbe", "MBE", ["Migrationsberatung für erwachsene Zuwanderer"]),
        .. GlossaryPatterns.For("asylblg", "AsylbLG", ["Asylbewerberleistungsgesetz"]),
        .. GlossaryPatterns.For("ikw", "IKW", ["Interkulturelle Woche(n)"]),
        .. GlossaryPatterns.For("ev", "e.V.", ["eingetragener Verein"]),
        .. GlossaryPatterns.For("s", "S.", ["Seite"]),
        .. GlossaryPatterns.For("oepnv", "ÖPNV", ["Öffentlicher Personennahverkehr"]),
    ], inflect: true);

    [Theory]
    [InlineData("Die MBE hilft.", "MBE")]
    [InlineData("Fragen? MBE!", "MBE")]
    [InlineData("(MBE)", "MBE")]
    [InlineData("MBE-Beratung", "MBE")]
    [InlineData("Leistungen nach dem AsylbLG", "AsylbLG")]
    [InlineData("nach dem Asylbewerberleistungsgesetz", "Asylbewerberleistungsgesetz")]
    [InlineData("des Asylbewerberleistungsgesetzes", "Asylbewerberleistungsgesetzes")]
    [InlineData("die MIGRATIONSBERATUNG FÜR ERWACHSENE ZUWANDERER", "MIGRATIONSBERATUNG FÜR ERWACHSENE ZUWANDERER")]
    [InlineData("die Migrationsberatung für\nerwachsene  Zuwanderer hilft", "Migrationsberatung für\nerwachsene  Zuwanderer")]
    [InlineData("zur Interkulturellen Woche", null)]
    [InlineData("die Interkulturelle Woche", "Interkulturelle Woche")]
    [InlineData("die Interkulturellen Wochen", null)]
    [InlineData("die Interkulturelle Wochen", "Interkulturelle Wochen")]
    [InlineData("Sportverein Ilmenau e.V. lädt ein", "e.V.")]
    [InlineData("siehe S. 4", "S.")]
    [InlineData("auf dieser Seite", null)]
    [InlineData("mit dem ÖPNV", "ÖPNV")]
    public void Finds_a_term_as_a_whole_word(string text, string? expected)
    {
        var found = German.Find(text);

        Assert.Equal(expected, found.Count == 0 ? null : text.Substring(found[0].Start, found[0].Length));
    }

    [Theory]
    [InlineData("Die MBEK hilft.")]
    [InlineData("Die XMBE hilft.")]
    [InlineData("MBE2")]
    [InlineData("Die mbe hilft.")]
    [InlineData("Die Mbe hilft.")]
    [InlineData("asylblg")]
    [InlineData("Asylbewerberleistungsgesetzbuch")]
    [InlineData("ÖPNVs")]
    [InlineData("ev. Kirche")]
    public void Does_not_find_a_term_inside_another_word_or_in_the_wrong_case(string text) =>
        Assert.Empty(German.Find(text));

    [Fact]
    public void Finds_every_occurrence_in_order_with_the_longest_form_first()
    {
        var text = "Die Migrationsberatung für erwachsene Zuwanderer (MBE) hilft. Die MBE ist kostenlos.";

        var found = German.Find(text);

        Assert.Equal(["mbe", "mbe", "mbe"], found.Select(f => f.TermKey));
        Assert.Equal("Migrationsberatung für erwachsene Zuwanderer", text.Substring(found[0].Start, found[0].Length));
    }

    [Theory]
    [InlineData("تساعدك MBE في الأسئلة.", "MBE")]
    [InlineData("خدمة (MBE) مجانية", "MBE")]
    [InlineData("خدمةMBE مجانية", null)]
    [InlineData("استشارة الهجرة للمهاجرين البالغين مجانية", "استشارة الهجرة للمهاجرين البالغين")]
    [InlineData("استشارةُ الهجرة للمهاجرين البالغين", null)]
    [InlineData("تساعد Migrationsberatung für erwachsene Zuwanderer الناس", "Migrationsberatung für erwachsene Zuwanderer")]
    public void Finds_terms_in_Arabic_text(string text, string? expected)
    {
        var arabic = new GlossaryMatcher(GlossaryPatterns.For("mbe", "MBE",
            ["استشارة الهجرة للمهاجرين البالغين (Migrationsberatung für erwachsene Zuwanderer)", "Migrationsberatung für erwachsene Zuwanderer"]));

        var found = arabic.Find(text);

        Assert.Equal(expected, found.Count == 0 ? null : text.Substring(found[0].Start, found[0].Length));
    }

    [Theory]
    [InlineData("Консультація для мігрантів MBE допомагає.", "MBE")]
    [InlineData("Міграційна консультація для дорослих іммігрантів допомагає", "Міграційна консультація для дорослих іммігрантів")]
    [InlineData("міграційна консультація для дорослих іммігрантів", "міграційна консультація для дорослих іммігрантів")]
    [InlineData("КонсультаціяMBE", null)]
    [InlineData("Міграційна консультація для дорослих іммігрантівка", null)]
    public void Finds_terms_in_Ukrainian_text(string text, string? expected)
    {
        var ukrainian = new GlossaryMatcher(GlossaryPatterns.For("mbe", "MBE", ["Міграційна консультація для дорослих іммігрантів"]));

        var found = ukrainian.Find(text);

        Assert.Equal(expected, found.Count == 0 ? null : text.Substring(found[0].Start, found[0].Length));
    }

    [Fact]
    public void A_Farsi_word_with_a_zero_width_non_joiner_is_one_word()
    {
        var farsi = new GlossaryMatcher(GlossaryPatterns.For("x", null, ["می"]));

        Assert.Empty(farsi.Find("این کار انجام می\u200Cشود"));
        Assert.Single(farsi.Find("این می است"));
    }

    [Theory]
    [InlineData("Interkulturelle Woche(n)", new[] { "Interkulturelle Woche", "Interkulturelle Wochen" })]
    [InlineData("Dept (Aussiedler- und Ausländerwesen)", new[] { "Dept", "Aussiedler- und Ausländerwesen" })]
    [InlineData("Berufsvorbereitungsjahr – Sprache", new[] { "Berufsvorbereitungsjahr – Sprache" })]
    public void A_title_gives_its_forms(string title, string[] forms) =>
        Assert.Equal(forms, GlossaryPatterns.For("k", null, [title]).Select(p => p.Text));

    [Fact]
    public void The_title_of_an_abbreviation_with_a_dot_is_not_looked_for() =>
        Assert.Equal(["vgl."], GlossaryPatterns.For("vgl", "vgl.", ["vergleiche"]).Select(p => p.Text));
}
