namespace Wegweiser.Data;

/// <summary>A record that a recipe was applied, so it is never applied twice.</summary>
public sealed class AppliedRecipe
{
    public required string Name { get; set; }

    public required string Hash { get; set; }

    public DateTime AppliedUtc { get; set; }
}
