using System.Text.Encodings.Web;
using System.Text.Json;

namespace Wegweiser.ScaleSite;

/// <summary>What <see cref="ScaleRecipeWriter.Write"/> wrote.</summary>
internal sealed record WrittenRecipe(string Name, int Items, int Files, long Bytes);

/// <summary>
/// Writes the recipe <c>scale-N</c>: a manifest that requires <c>ilm-kreis</c> (its taxonomies
/// are what the entries refer to) and one file per 1,000 entries, each a single content step.
/// The folder is a plain recipe: the site reads, validates and applies it like any other.
/// </summary>
internal static class ScaleRecipeWriter
{
    private const int ItemsPerFile = 1000;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WrittenRecipe Write(string recipesRoot, int count, int seed, DateOnly today)
    {
        var name = $"scale-{count}";
        var folder = Path.Combine(recipesRoot, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var generator = new ScaleItemGenerator(count, seed, today);
        var files = new List<string>();
        long bytes = 0;
        for (var start = 0; start < count; start += ItemsPerFile)
        {
            var file = $"entries-{files.Count + 1:D3}.json";
            var path = Path.Combine(folder, file);
            using (var stream = File.Create(path))
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                json.WriteStartArray("steps");
                json.WriteStartObject();
                json.WriteString("step", "content");
                json.WriteStartArray("items");
                for (var i = start; i < Math.Min(count, start + ItemsPerFile); i++)
                {
                    generator.WriteItem(json, i);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            bytes += new FileInfo(path).Length;
            files.Add(file);
        }

        var manifest = Path.Combine(folder, "recipe.json");
        using (var stream = File.Create(manifest))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("description", $"Lasttest: {count} erzeugte Einträge aller öffentlichen Typen in sieben Sprachen (Beispieldaten, Saat {seed})");
            json.WriteStartArray("requires");
            json.WriteStringValue("ilm-kreis");
            json.WriteEndArray();
            json.WriteStartArray("files");
            files.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("steps");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new WrittenRecipe(name, count, files.Count, bytes + new FileInfo(manifest).Length);
    }
}
