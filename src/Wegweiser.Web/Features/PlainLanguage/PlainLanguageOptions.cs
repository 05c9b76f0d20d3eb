namespace Wegweiser.Web.Features.PlainLanguage;

/// <summary>
/// The thresholds of the plain-language check, bound from <c>Wegweiser:PlainLanguage</c>
/// (env: <c>Wegweiser__PlainLanguage__MinimumScore</c>). Scores run from 0 (hard) to 20 (plain);
/// see <see cref="Core.Analysis.ReadabilityFormulas.CombinedScore"/>.
/// </summary>
public sealed class PlainLanguageOptions
{
    public const string Section = "Wegweiser:PlainLanguage";

    /// <summary>The score a German text should reach. Below it an entry can still be submitted, but the publisher sees it.</summary>
    public double MinimumScore { get; set; } = Core.Analysis.PlainLanguageChecker.DefaultMinimumScore;

    /// <summary>The score the German prose of an entry must reach before machine-translation suggestions are offered.</summary>
    public double MachineTranslationMinimumScore { get; set; } = 8;
}
