using Wegweiser.Core.Analysis;
using Xunit;

namespace Wegweiser.Core.Tests.Analysis;

/// <summary>What the plain-language check must say per rule, sentence by sentence.</summary>
public sealed class PlainLanguageRuleTests
{
    private static readonly IReadOnlySet<string> Glossary = new HashSet<string> { "MBE", "AsylbLG", "BVJS" };

    private static PlainLanguageReport Check(string text) => PlainLanguageChecker.Maintained.Check(text, Glossary);

    [Theory]
    // rule, sentence, the word the finding quotes (null: the rule must not fire)
    [InlineData("long-sentence", "Wenn Sie eine Wohnung suchen und noch nicht wissen, wo Sie anfangen sollen, kommen Sie gern zu uns in die Beratung.", "")]
    [InlineData("long-sentence", "Wir helfen Ihnen bei der Suche nach einer Wohnung.", null)]
    [InlineData("passive", "Der Antrag wird vom Amt bearbeitet.", "wird … bearbeitet")]
    [InlineData("passive", "Die Kosten werden übernommen.", "werden … übernommen")]
    [InlineData("passive", "Das Formular wird von uns gemacht.", "wird … gemacht")]
    [InlineData("passive", "Die Kinder werden in die Schule gebracht.", "werden … gebracht")]
    [InlineData("passive", "Sie werden zum Kurs eingeladen.", "werden … eingeladen")]
    [InlineData("passive", "Wenn alles ausgefüllt ist, wird es geprüft.", "wird … ausgefüllt")]
    [InlineData("passive", "Der Kurs wird gefördert.", "wird … gefördert")]
    [InlineData("passive", "Wir werden Sie informieren.", null)]
    [InlineData("passive", "Sie werden Mitglied im Verein.", null)]
    [InlineData("passive", "Wir gehen gemeinsam zum Amt.", null)]
    [InlineData("nominal-style", "Die Beantragung der Leistung ist schwierig.", "Beantragung, Leistung")]
    [InlineData("nominal-style", "Nach Prüfung der Zuständigkeit erfolgt die Bearbeitung.", "Prüfung, Zuständigkeit, Bearbeitung")]
    [InlineData("nominal-style", "Die Beratung ist kostenlos.", null)]
    [InlineData("negation", "Sie brauchen keinen Termin.", "keinen")]
    [InlineData("negation", "Kommen Sie einfach vorbei.", null)]
    [InlineData("double-negation", "Das ist nicht unwichtig.", "nicht … unwichtig")]
    [InlineData("double-negation", "Sie brauchen keinen Termin und kein Geld.", null)]
    [InlineData("number-word", "Der Kurs dauert zwei Wochen.", "zwei")]
    [InlineData("number-word", "Der Kurs dauert 2 Wochen.", null)]
    [InlineData("abbreviation", "Fragen Sie bei der JMD nach.", "JMD")]
    [InlineData("abbreviation", "Fragen Sie bei der MBE nach.", null)]
    [InlineData("abbreviation", "Sie bekommen Geld nach dem AsylbLG.", null)]
    [InlineData("abbreviation", "Schicken Sie eine E-Mail oder eine SMS.", null)]
    [InlineData("abbreviation", "Die DeuFöV regelt die Kurse.", "DeuFöV")]
    [InlineData("abbreviation", "ACHTUNG: neue Zeiten.", null)]
    [InlineData("dotted-abbreviation", "Bringen Sie z. B. Ihren Pass mit.", "z. B.")]
    [InlineData("dotted-abbreviation", "Bringen Sie ggf. Ihren Pass mit.", "ggf.")]
    [InlineData("dotted-abbreviation", "Bringen Sie zum Beispiel Ihren Pass mit.", null)]
    [InlineData("bureaucratic-word", "Der Leistungsbezug endet im Mai.", "Leistungsbezug")]
    [InlineData("bureaucratic-word", "Die Ausländerbehörde hilft.", "Ausländerbehörde")]
    [InlineData("bureaucratic-word", "Das Amt ist zuständig.", "zuständig")]
    [InlineData("bureaucratic-word", "Die Ausländerbehörden helfen.", "Ausländerbehörden")]
    [InlineData("bureaucratic-word", "Wir beraten Sie im Rahmen von Sprechstunden.", "im Rahmen von")]
    [InlineData("bureaucratic-word", "Das Amt hilft Ihnen.", null)]
    [InlineData("compound", "Die Migrationsberatung hilft.", "Migrationsberatung")]
    [InlineData("compound", "Die Migrations-Beratung hilft.", null)]
    [InlineData("long-word", "Wir haben Öffnungszeitenregelungen.", "Öffnungszeitenregelungen")]
    [InlineData("long-word", "Wir haben offen.", null)]
    public void Rule_says_what_it_must(string rule, string sentence, string? word)
    {
        var findings = Check(sentence).Findings.Where(f => f.RuleId == rule).ToList();

        if (word is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(word, finding.Word ?? "");
        Assert.Equal(sentence, finding.Sentence);
        Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
    }

    [Theory]
    [InlineData("Migrationsberatung", "Migrations-Beratung")]
    [InlineData("Schuldnerberatungsstelle", "Schuldner-Beratungsstelle")]
    [InlineData("Hausaufgabenhilfe", "Hausaufgaben-Hilfe")]
    public void Compounds_split_with_the_search_list(string word, string hyphenated)
    {
        var finding = Assert.Single(Check($"Die {word} hilft.").Findings, f => f.RuleId == PlainLanguageRules.Compound);

        Assert.Contains(hyphenated, finding.Suggestion);
    }

    [Theory]
    [InlineData("Leistungsbezug", "Geld vom Amt")]
    [InlineData("z. B.", "zum Beispiel")]
    [InlineData("zwölf", "12")]
    public void Suggestions_name_the_plainer_alternative(string word, string plain)
    {
        var finding = Assert.Single(Check($"Das ist {word} gut.").Findings, f => f.Word == word);

        Assert.Contains(plain, finding.Suggestion);
    }

    [Theory]
    [InlineData("Wir", 1)]
    [InlineData("helfen", 2)]
    [InlineData("Beratung", 3)]
    [InlineData("Ausländerbehörde", 6)]
    [InlineData("Migration", 4)]
    [InlineData("Steuer", 2)]
    [InlineData("Quelle", 2)]
    [InlineData("Zeit", 1)]
    [InlineData("2026", 1)]
    public void Syllables_are_counted_by_vowel_groups(string word, int syllables) =>
        Assert.Equal(syllables, GermanSyllables.Count(word));

    [Fact]
    public void Every_rule_has_a_German_name_reason_and_suggestion()
    {
        var rules = PlainLanguageRules.Maintained;
        var ids = typeof(PlainLanguageRules).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(ids, id => Assert.True(rules.Rules.ContainsKey(id), id));
        Assert.All(rules.Rules.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.Name + r.Why + r.Suggestion)));
        Assert.InRange(rules.Words.Count, 60, 200);
    }
}
