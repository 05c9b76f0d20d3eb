namespace Wegweiser.Core.Recipes;

/// <summary>A recipe that cannot be applied: names the file, the JSON path and what is wrong.</summary>
public sealed class RecipeException(string file, string path, string problem)
    : Exception($"{file}: {path}: {problem}")
{
    public string File { get; } = file;

    public string JsonPath { get; } = path;

    public string Problem { get; } = problem;
}
