using Wegweiser.Core.Analysis;
using Xunit;

namespace Wegweiser.Core.Tests.Analysis;

/// <summary>The formulas against hand-computed values, and the cases that must not game the score.</summary>
public sealed class ReadabilityTests
{
    private const string Easy = "Wir helfen Ihnen. Die Beratung ist kostenlos.";

    private const string Hard = "Die Antragstellung erfolgt schriftlich bei der zuständigen Ausländerbehörde.";

    private static PlainLanguageReport Check(string text) => PlainLanguageChecker.Maintained.Check(text);

    [Fact]
    public void Easy_reference_text()
    {
        // Wir(1) helfen(2) Ihnen(2). Die(1) Beratung(3) ist(1) kostenlos(3).
        // 7 words, 2 sentences, 13 syllables: ASL 3.5, ASW 13/7.
        // Flesch-Amstad = 180 − 3.5 − 58.5 · 13/7 = 67.857
        // WSTF: MS 2/7 = 28.571 %, SL 3.5, IW 2/7 = 28.571 % (Beratung, kostenlos), ES 3/7 = 42.857 %
        //   = 0.1935·28.571 + 0.1672·3.5 + 0.1297·28.571 − 0.0327·42.857 − 0.875 = 7.543
        // Score = 20 · (0.5 · 0.67857 + 0.3 · (15 − 7.543)/11 + 0.2 · 1) = 14.853 → 14.9
        var report = Check(Easy);

        Assert.Equal(7, report.Words);
        Assert.Equal(13, report.Syllables);
        Assert.Equal(67.857, report.FleschAmstad, 3);
        Assert.Equal(7.543, report.WienerSachtextformel, 3);
        Assert.Empty(report.Findings);
        Assert.Equal(14.9, report.Score);
    }

    [Fact]
    public void Hard_reference_text()
    {
        // Die(1) Antragstellung(4) erfolgt(2) schriftlich(2) bei(1) der(1) zuständigen(4) Ausländerbehörde(6).
        // 8 words, 1 sentence, 21 syllables: ASL 8, ASW 2.625.
        // Flesch-Amstad = 180 − 8 − 58.5 · 2.625 = 18.4375
        // WSTF: MS 3/8 = 37.5 %, SL 8, IW 5/8 = 62.5 %, ES 3/8 = 37.5 %
        //   = 7.25625 + 1.3376 + 8.10625 − 1.22625 − 0.875 = 14.59885
        // Problems: Antragstellung, zuständigen, Ausländerbehörde (bureaucratic words) → P = 0
        // Score = 20 · (0.5 · 0.184375 + 0.3 · (15 − 14.59885)/11 + 0) = 2.063 → 2.1
        var report = Check(Hard);

        Assert.Equal(8, report.Words);
        Assert.Equal(21, report.Syllables);
        Assert.Equal(18.4375, report.FleschAmstad, 4);
        Assert.Equal(14.59885, report.WienerSachtextformel, 4);
        Assert.Equal(3, report.Problems);
        Assert.Contains(report.Findings, f => f.RuleId == PlainLanguageRules.LongWordShare);
        Assert.Equal(2.1, report.Score);
    }

    [Fact]
    public void Mixed_reference_text_with_a_list()
    {
        // Bitte(2) bringen(2) mit(1): | Ihren(2) Pass(1) | Ihre(2) Meldebescheinigung(6)
        // 3 sentences (the list items are sentences), 7 words, 16 syllables: ASL 7/3, ASW 16/7.
        // Flesch-Amstad = 180 − 2.3333 − 58.5 · 2.285714 = 43.952
        // WSTF: MS 1/7 = 14.286 %, SL 2.3333, IW 2/7 = 28.571 % (bringen, Meldebescheinigung), ES 2/7 = 28.571 %
        //   = 2.76429 + 0.39013 + 3.70571 − 0.93429 − 0.875 = 5.05085
        var report = Check("Bitte bringen mit:\n\n- Ihren Pass\n- Ihre Meldebescheinigung");

        Assert.Equal(3, report.Sentences.Count);
        Assert.Equal(16, report.Syllables);
        Assert.Equal(43.952, report.FleschAmstad, 3);
        Assert.Equal(5.051, report.WienerSachtextformel, 3);
    }

    [Theory]
    [InlineData("Wir helfen Ihnen.\n\n\n\n\nDie Beratung ist kostenlos.\n\n\n")]
    [InlineData("# Beratung\n\nWir helfen Ihnen. Die Beratung ist kostenlos.")]
    [InlineData("## Hilfe für alle\nWir helfen Ihnen.\n\n### Kosten\nDie Beratung ist kostenlos.")]
    [InlineData("Wir helfen Ihnen. Wir helfen Ihnen. Wir helfen Ihnen. Die Beratung ist kostenlos.")]
    [InlineData("Wir helfen Ihnen.\nWir helfen Ihnen!\nwir helfen ihnen.\nDie Beratung ist kostenlos.")]
    [InlineData("- Wir helfen Ihnen\n- Die Beratung ist kostenlos")]
    [InlineData("* Wir helfen Ihnen.\n* Die Beratung ist kostenlos.")]
    [InlineData("1. Wir helfen Ihnen\n2. Die Beratung ist **kostenlos**")]
    [InlineData("Wir helfen [Ihnen](https://example.org). Die Beratung ist kostenlos.\n\n---\n")]
    public void Layout_and_repetition_do_not_change_the_score(string text)
    {
        var plain = Check(Easy);

        var laidOut = Check(text);

        Assert.Equal(plain.Score, laidOut.Score);
        Assert.Equal(plain.FleschAmstad, laidOut.FleschAmstad, 6);
        Assert.Equal(plain.WienerSachtextformel, laidOut.WienerSachtextformel, 6);
    }

    [Fact]
    public void Repeating_a_short_sentence_does_not_lift_a_hard_text()
    {
        var once = Check($"{Hard} Wir helfen.");

        var padded = Check($"{Hard} " + string.Concat(Enumerable.Repeat("Wir helfen.\n\n", 30)));

        Assert.Equal(once.Score, padded.Score);
        Assert.True(once.Score < 8, $"score {once.Score}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("# \n- \n")]
    [InlineData(null)]
    public void An_empty_text_has_no_score(string? text)
    {
        var report = Check(text!);

        Assert.Null(report.Score);
        Assert.True(report.Reaches(20));
    }

    [Theory]
    [InlineData("Bringen Sie z. B. Ihren Pass mit. Wir helfen.", 2)]
    [InlineData("Der Kurs beginnt am 1. Juli. Er ist kostenlos.", 2)]
    [InlineData("Rufen Sie an! Oder schreiben Sie? Wir helfen.", 3)]
    [InlineData("Mehr unter www.example.org. Wir helfen.", 2)]
    public void Sentences_end_at_the_right_places(string text, int sentences) =>
        Assert.Equal(sentences, PlainTextSegmenter.Sentences(text).Count);

    [Fact]
    public void The_score_stays_between_0_and_20()
    {
        Assert.InRange(Check("Ja. Gut. So.").Score!.Value, 0, 20);
        Assert.InRange(Check(string.Join(" ", Enumerable.Repeat("Verwaltungsvorschriftenanwendungsbestimmungen", 40)) + ".").Score!.Value, 0, 20);
    }
}
