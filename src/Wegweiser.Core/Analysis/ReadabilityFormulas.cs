namespace Wegweiser.Core.Analysis;

/// <summary>The two known German readability formulas, from counts of words, sentences and syllables.</summary>
public static class ReadabilityFormulas
{
    /// <summary>
    /// Amstad's German Flesch reading ease: 180 − ASL − 58.5 · ASW, with ASL the average sentence
    /// length in words and ASW the average syllables per word. 0 (very hard) to 100 (very easy);
    /// not clamped, so very easy or hard texts may leave that range.
    /// </summary>
    public static double FleschAmstad(double averageSentenceLength, double averageSyllablesPerWord) =>
        180 - averageSentenceLength - 58.5 * averageSyllablesPerWord;

    /// <summary>
    /// The first Wiener Sachtextformel (Bamberger and Vanecek): 0.1935·MS + 0.1672·SL + 0.1297·IW
    /// − 0.0327·ES − 0.875, with MS the percentage of words of 3 or more syllables, SL the average
    /// sentence length in words, IW the percentage of words with more than 6 letters and ES the
    /// percentage of one-syllable words. About the school year a reader needs: 4 (very easy) to 15
    /// (very hard).
    /// </summary>
    public static double WienerSachtextformel(double percentThreeSyllables, double averageSentenceLength, double percentLongWords, double percentOneSyllable) =>
        0.1935 * percentThreeSyllables + 0.1672 * averageSentenceLength + 0.1297 * percentLongWords - 0.0327 * percentOneSyllable - 0.875;

    /// <summary>
    /// Our own score from 0 (hard) to 20 (plain), rounded to one decimal:
    /// <c>20 · (0.5 · F + 0.3 · W + 0.2 · P)</c>, where
    /// F = Flesch-Amstad / 100 (clamped to 0…1),
    /// W = (15 − WSTF) / 11 (clamped to 0…1: WSTF 4 gives 1, WSTF 15 gives 0), and
    /// P = 1 − problems / sentences (clamped to 0…1: one problem per sentence on average gives 0),
    /// counting only findings whose rule is a problem, not hints. All counts are over distinct
    /// sentences, so repeating a sentence changes nothing.
    /// </summary>
    public static double CombinedScore(double fleschAmstad, double wienerSachtextformel, int problems, int sentences)
    {
        var f = Math.Clamp(fleschAmstad / 100, 0, 1);
        var w = Math.Clamp((15 - wienerSachtextformel) / 11, 0, 1);
        var p = sentences == 0 ? 1 : Math.Clamp(1 - (double)problems / sentences, 0, 1);
        return Math.Round(20 * (0.5 * f + 0.3 * w + 0.2 * p), 1, MidpointRounding.AwayFromZero);
    }
}
