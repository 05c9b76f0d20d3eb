namespace Wegweiser.Data.Recipes;

/// <summary>What applying a recipe did.</summary>
public sealed record RecipeResult(IReadOnlyList<string> Applied, IReadOnlyList<string> Skipped, int Terms, int Items);
