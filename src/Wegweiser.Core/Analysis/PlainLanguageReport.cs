namespace Wegweiser.Core.Analysis;

/// <summary>What the plain-language check measured in one text (over its distinct sentences) and what it found.</summary>
public sealed class PlainLanguageReport
{
    public static PlainLanguageReport Empty { get; } = new() { Sentences = [], Findings = [] };

    /// <summary>The distinct sentences, in order, with their own measures.</summary>
    public required IReadOnlyList<SentenceMeasure> Sentences { get; init; }

    public required IReadOnlyList<PlainLanguageFinding> Findings { get; init; }

    public int Words { get; init; }

    public int Syllables { get; init; }

    public double AverageSentenceLength { get; init; }

    public double AverageSyllablesPerWord { get; init; }

    /// <summary>Percentage of words with 4 or more syllables.</summary>
    public double LongWordShare { get; init; }

    public double FleschAmstad { get; init; }

    public double WienerSachtextformel { get; init; }

    /// <summary>Our combined score, 0 (hard) to 20 (plain); null for a text without words.</summary>
    public double? Score { get; init; }

    public int Problems => Findings.Count(f => f.IsProblem);

    public bool IsEmpty => Score is null;

    /// <summary>Whether the text reaches <paramref name="minimum"/> (an empty text always does).</summary>
    public bool Reaches(double minimum) => Score is not { } score || score >= minimum;
}

/// <summary>One distinct sentence: its words, syllables and letters.</summary>
public sealed record SentenceMeasure(string Text, int Words, int Syllables, int Letters);
