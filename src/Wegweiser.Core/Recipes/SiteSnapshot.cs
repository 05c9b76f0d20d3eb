using Wegweiser.Core.Content;

namespace Wegweiser.Core.Recipes;

/// <summary>What a site already holds, as far as a recipe's references need to know.</summary>
public sealed class SiteSnapshot
{
    public HashSet<(string Taxonomy, string Key)> Terms { get; init; } = [];

    public Dictionary<string, ContentType> Items { get; init; } = [];

    public HashSet<(ContentType Type, string Culture, string Slug)> Slugs { get; init; } = [];

    public HashSet<string> AppliedRecipes { get; init; } = [];
}
