using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Recipes;

/// <summary>Where in a recipe something was written, for error messages.</summary>
public sealed record RecipeLocation(string File, string Path);

/// <summary>A recipe read from its folder: manifest and steps of all its files, in order.</summary>
public sealed class Recipe
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public List<string> Requires { get; init; } = [];

    public List<RecipeStep> Steps { get; init; } = [];

    /// <summary>A fingerprint of the recipe's files, recorded when it is applied.</summary>
    public required string Hash { get; init; }
}

public abstract class RecipeStep
{
    public required RecipeLocation Location { get; init; }
}

public sealed class TaxonomyStep : RecipeStep
{
    public required string Taxonomy { get; init; }

    public List<RecipeTerm> Terms { get; init; } = [];
}

public sealed class RecipeTerm
{
    public required RecipeLocation Location { get; init; }

    public required string Key { get; init; }

    public string? Icon { get; init; }

    public Dictionary<string, string> Names { get; init; } = [];

    /// <summary>The cultures whose name is machine-translated (not checked by a native speaker).</summary>
    public List<string> MachineTranslated { get; init; } = [];
}

public sealed class ContentStep : RecipeStep
{
    public List<RecipeItem> Items { get; init; } = [];
}

public sealed class RecipeItem
{
    public required RecipeLocation Location { get; init; }

    public required string Key { get; init; }

    public ContentType Type { get; init; }

    public WorkflowState State { get; init; }

    public DateOnly? LastReviewed { get; init; }

    public ContentData Data { get; init; } = new();

    public Dictionary<string, RecipeTranslation> Translations { get; init; } = [];
}

public sealed class RecipeTranslation
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public Dictionary<string, string> Fields { get; init; } = [];

    /// <summary>Made by machine or by the team without a native speaker's review: shown as such.</summary>
    public bool MachineTranslated { get; init; }
}
