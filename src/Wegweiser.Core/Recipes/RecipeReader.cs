using System.Security.Cryptography;
using System.Text.Json;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Core.Recipes;

/// <summary>
/// Reads a recipe folder (<c>recipe.json</c> and the files it lists) into a <see cref="Recipe"/>.
/// Reading checks form only (types, enums, required fields); <see cref="RecipeValidator"/>
/// checks references against the site. Nothing is written anywhere.
/// </summary>
public static class RecipeReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Reads the recipe <paramref name="name"/> from <paramref name="recipesRoot"/>.</summary>
    public static Recipe Read(string recipesRoot, string name)
    {
        var folder = Path.Combine(recipesRoot, name);
        var manifestPath = Path.Combine(folder, "recipe.json");
        var displayName = $"content-recipes/{name}/recipe.json";
        if (!Slug.IsValid(name) || !File.Exists(manifestPath))
        {
            throw new RecipeException(displayName, "$", $"there is no recipe '{name}' (looked in {Path.GetFullPath(recipesRoot)}).");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var manifest = Parse(manifestPath, displayName, hash);
        var walker = new JsonWalker(displayName);
        var root = manifest.RootElement;
        walker.ExpectObject(root, "$", "name", "description", "requires", "files", "steps");
        var declared = walker.RequiredString(root, "name", "$");
        if (declared != name)
        {
            throw walker.Error("$.name", $"'{declared}' does not match the folder name '{name}'.");
        }

        var steps = ReadSteps(walker, root, "$");
        foreach (var (file, path) in walker.Array(root, "files", "$"))
        {
            var fileName = file.ValueKind == JsonValueKind.String ? file.GetString()! : throw walker.Error(path, "expected a file name.");
            if (fileName.Contains('/') || fileName.Contains('\\') || !fileName.EndsWith(".json", StringComparison.Ordinal))
            {
                throw walker.Error(path, $"'{fileName}' must be a .json file in the recipe folder.");
            }

            var filePath = Path.Combine(folder, fileName);
            var fileDisplay = $"content-recipes/{name}/{fileName}";
            if (!File.Exists(filePath))
            {
                throw walker.Error(path, $"the file '{fileName}' does not exist.");
            }

            using var document = Parse(filePath, fileDisplay, hash);
            var fileWalker = new JsonWalker(fileDisplay);
            fileWalker.ExpectObject(document.RootElement, "$", "steps");
            steps.AddRange(ReadSteps(fileWalker, document.RootElement, "$"));
        }

        return new Recipe
        {
            Name = name,
            Description = walker.OptionalString(root, "description", "$"),
            Requires = walker.StringArray(root, "requires", "$"),
            Steps = steps,
            Hash = Convert.ToHexString(hash.GetHashAndReset()),
        };
    }

    /// <summary>The names of the recipe folders under <paramref name="recipesRoot"/>.</summary>
    public static IReadOnlyList<string> Available(string recipesRoot) =>
        Directory.Exists(recipesRoot)
            ? Directory.GetDirectories(recipesRoot).Where(d => File.Exists(Path.Combine(d, "recipe.json")))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    private static JsonDocument Parse(string path, string display, IncrementalHash hash)
    {
        var bytes = File.ReadAllBytes(path);
        hash.AppendData(bytes);
        try
        {
            return JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "?";
            throw new RecipeException(display, e.Path ?? "$", $"not valid JSON ({where}): {e.Message}");
        }
    }

    private static List<RecipeStep> ReadSteps(JsonWalker walker, JsonElement root, string path)
    {
        var steps = new List<RecipeStep>();
        foreach (var (step, stepPath) in walker.Array(root, "steps", path))
        {
            if (step.ValueKind != JsonValueKind.Object)
            {
                throw walker.Error(stepPath, "expected a step object.");
            }

            var kind = walker.RequiredString(step, "step", stepPath);
            var location = new RecipeLocation(walker.File, stepPath);
            steps.Add(kind switch
            {
                "taxonomy" => ReadTaxonomy(walker, step, stepPath, location),
                "content" => ReadContent(walker, step, stepPath, location),
                _ => throw walker.Error($"{stepPath}.step", $"unknown step '{kind}'. Known steps: taxonomy, content."),
            });
        }

        return steps;
    }

    private static TaxonomyStep ReadTaxonomy(JsonWalker walker, JsonElement step, string path, RecipeLocation location)
    {
        walker.ExpectObject(step, path, "step", "taxonomy", "terms", "machineTranslated");
        var taxonomy = walker.OptionalChoice(step, "taxonomy", path, Taxonomy.All)
            ?? throw walker.Error($"{path}.taxonomy", "is required.");
        var stepMachine = MachineCultures(walker, step, path);
        var terms = new List<RecipeTerm>();
        foreach (var (term, termPath) in walker.Array(step, "terms", path, required: true))
        {
            walker.ExpectObject(term, termPath, "key", "icon", "names", "machineTranslated");
            var key = RequiredKey(walker, term, termPath);
            var names = walker.StringMap(term, "names", termPath);
            if (!names.TryGetValue(Cultures.Source, out var german) || string.IsNullOrWhiteSpace(german))
            {
                throw walker.Error($"{termPath}.names.de", "the German name is required.");
            }

            // A term's own list wins; the step's list applies to the names the term has.
            var machine = term.TryGetProperty("machineTranslated", out _)
                ? MachineCultures(walker, term, termPath)
                : stepMachine.Where(names.ContainsKey).ToList();
            if (machine.FirstOrDefault(c => !names.ContainsKey(c)) is { } unnamed)
            {
                throw walker.Error($"{termPath}.machineTranslated", $"the term has no name in \"{unnamed}\".");
            }

            terms.Add(new RecipeTerm
            {
                Location = new(walker.File, termPath), Key = key, Icon = walker.OptionalString(term, "icon", termPath),
                Names = names, MachineTranslated = machine,
            });
        }

        return new TaxonomyStep { Location = location, Taxonomy = taxonomy, Terms = terms };
    }

    /// <summary>The cultures listed under <c>machineTranslated</c>: never German, the source.</summary>
    private static List<string> MachineCultures(JsonWalker walker, JsonElement obj, string path)
    {
        var cultures = walker.StringArray(obj, "machineTranslated", path).Distinct().ToList();
        if (cultures.Contains(Cultures.Source))
        {
            throw walker.Error($"{path}.machineTranslated", "the German text is the source; it cannot be machine-translated.");
        }

        return cultures;
    }

    private static ContentStep ReadContent(JsonWalker walker, JsonElement step, string path, RecipeLocation location)
    {
        walker.ExpectObject(step, path, "step", "items");
        var items = walker.Array(step, "items", path, required: true)
            .Select(i => RecipeItemReader.Read(walker, i.Element, i.Path))
            .ToList();
        return new ContentStep { Location = location, Items = items };
    }

    internal static string RequiredKey(JsonWalker walker, JsonElement obj, string path)
    {
        var key = walker.RequiredString(obj, "key", path);
        return Slug.IsValid(key)
            ? key
            : throw walker.Error($"{path}.key", $"'{key}' is not a valid key (lowercase letters, digits and single '-').");
    }
}
