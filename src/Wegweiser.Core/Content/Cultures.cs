namespace Wegweiser.Core.Content;

/// <summary>Culture facts that do not depend on configuration.</summary>
public static class Cultures
{
    /// <summary>German is the source language of every text.</summary>
    public const string Source = "de";

    private static readonly HashSet<string> RightToLeft = ["ar", "fa", "he", "ur", "ps", "ckb"];

    public static bool IsRightToLeft(string culture) => RightToLeft.Contains(culture);
}
