namespace Wegweiser.Core.Taxonomies;

/// <summary>The taxonomies a site has; the names are the keys used in recipes and storage.</summary>
public static class Taxonomy
{
    public const string Topic = "topic";
    public const string Need = "need";
    public const string TargetGroup = "targetGroup";
    public const string Town = "town";
    public const string Language = "language";

    public static readonly IReadOnlyList<string> All = [Topic, Need, TargetGroup, Town, Language];
}
