using Wegweiser.Search.Analysis;

namespace Wegweiser.Search.Tests.Analysis;

public class SearchAnalyzersTests
{
    [Theory]
    [InlineData("de", "Migrationsberatung", "migrationsberatung migration beratung")]
    [InlineData("de", "Sprachkurse", "sprachkurs sprach kurs")]
    [InlineData("de", "Straße", "strass")]
    [InlineData("de", "Strasse", "strass")]
    [InlineData("de", "Ärztin", "arztin")]
    [InlineData("de", "Aerztin", "arztin")]
    [InlineData("de", "Übersetzung", "ubersetzung")]
    [InlineData("de", "Uebersetzung", "ubersetzung")]
    [InlineData("de", "Beratungen für Frauen", "beratung frau")]
    [InlineData("en", "Language courses", "languag cours")]
    [InlineData("ru", "квартиры", "квартир")]
    [InlineData("tr", "Kursları", "kurs")]
    [InlineData("uk", "Квартира ДЛЯ", "квартира для")]
    // Untranslated entries are indexed in German in every index: compounds and umlauts as in German.
    [InlineData("ar", "Migrationsberatung", "migrationsberatung migration beratung")]
    [InlineData("fa", "Ärztin", "arztin")]
    [InlineData("ru", "Sprachkurse", "sprachkurs sprach kurs")]
    [InlineData("uk", "Fahrradwerkstatt", "fahrradwerkstatt fahrrad werkstatt")]
    [InlineData("ar", "الطبيب", "طبيب")]
    [InlineData("ru", "Квартиры", "квартир")]
    public void Index_analyzer_makes_these_terms(string culture, string text, string expected)
    {
        var tokens = SearchAnalyzers.Tokens(SearchAnalyzers.ForIndex(culture), text);

        Assert.Equal(expected, string.Join(' ', tokens));
    }

    [Theory]
    [InlineData("de", "Migrationsberatung", "migrationsberatung")]
    [InlineData("de", "Beratung", "beratung")]
    [InlineData("de", "Kurs", "kurs")]
    [InlineData("ar", "الطبيب", "طبيب")]
    // Persian keheh (ک) is folded to Arabic kaf (ك), so both spellings match.
    [InlineData("fa", "دکتر", "دكتر")]
    public void Query_analyzer_keeps_compounds_whole(string culture, string text, string expected)
    {
        var tokens = SearchAnalyzers.Tokens(SearchAnalyzers.ForQuery(culture), text);

        Assert.Equal(expected, string.Join(' ', tokens));
    }

    [Theory]
    [InlineData("Fahrradreparatur", "fahrrad reparatur")]
    [InlineData("Wohnungssuche", "wohn wohnung wohnungs suche")]
    [InlineData("Beratung", "")]
    [InlineData("Kurs", "")]
    public void Compound_parts_for_the_query(string word, string expected)
    {
        Assert.Equal(expected, string.Join(' ', SearchAnalyzers.CompoundPartsOf(word)));
    }
}
