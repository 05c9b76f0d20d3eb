using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Wegweiser.Tests.Shared;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>
/// Validates API responses against the Open Referral HSDS 3.1 JSON schemas in
/// <c>shared/schemas/hsds-3.1/</c> beside the checkout, offline: every file is registered under
/// one local base address, so the schemas' relative <c>$ref</c>s ("phone.json") resolve among
/// themselves. Formats (uuid, uri, email, date-time) are checked too.
/// </summary>
internal static class HsdsSchema
{
    private static readonly Uri Base = new("https://hsds.schemas.test/");

    private static readonly Lazy<(BuildOptions Options, Dictionary<string, JsonSchema> Schemas)> Loaded = new(Load);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string Folder
    {
        get
        {
            var folder = Path.Combine(XliffSchema.Folder, "hsds-3.1");
            return File.Exists(Path.Combine(folder, "service.json"))
                ? folder
                : throw new InvalidOperationException($"The HSDS 3.1 schemas are not in {folder} (shared/schemas/hsds-3.1 beside the checkout).");
        }
    }

    /// <summary>Fails with every problem when <paramref name="json"/> does not validate against <paramref name="schema"/> (a file name such as <c>service.json</c>).</summary>
    public static void AssertValid(JsonNode? json, string schema)
    {
        var element = JsonSerializer.SerializeToElement(json);
        var results = Loaded.Value.Schemas[schema].Evaluate(element, Evaluation);
        if (!results.IsValid)
        {
            var problems = results.Details?.Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
                .Take(20) ?? [];
            Assert.Fail($"Not valid HSDS 3.1 ({schema}):\n{string.Join("\n", problems)}\n{json?.ToJsonString()[..Math.Min(2000, json.ToJsonString().Length)]}");
        }
    }

    /// <summary>A paged list: the envelope as the OpenAPI's Page describes it, and every item against <paramref name="itemSchema"/>.</summary>
    public static void AssertValidPage(JsonNode? page, string itemSchema)
    {
        Assert.NotNull(page);
        foreach (var (name, kind) in new[]
                 {
                     ("total_items", JsonValueKind.Number), ("total_pages", JsonValueKind.Number), ("page_number", JsonValueKind.Number),
                     ("size", JsonValueKind.Number), ("first_page", JsonValueKind.True), ("last_page", JsonValueKind.True),
                     ("empty", JsonValueKind.True), ("contents", JsonValueKind.Array),
                 })
        {
            var value = page![name];
            Assert.True(value is not null, $"The page has no {name}.");
            var actual = value!.GetValueKind();
            Assert.True(actual == kind || (kind == JsonValueKind.True && actual == JsonValueKind.False), $"{name} is {actual}, expected {kind}.");
        }

        foreach (var item in page!["contents"]!.AsArray())
        {
            AssertValid(item, itemSchema);
        }
    }

    private static (BuildOptions, Dictionary<string, JsonSchema>) Load()
    {
        var folder = Folder;
        // Draft 2020-12 (the schemas name no dialect); their own keywords (name, core, constraints …) are annotations.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        var files = System.IO.Directory.GetFiles(folder, "*.json").Where(f => Path.GetFileName(f) != "openapi.json")
            .Select(f => (Name: Path.GetFileName(f), Path: f))
            .Concat(System.IO.Directory.GetFiles(Path.Combine(folder, "compiled"), "*.json").Select(f => (Name: "compiled/" + Path.GetFileName(f), Path: f)))
            .ToList();
        var schemas = new Dictionary<string, JsonSchema>();
        foreach (var (name, path) in files)
        {
            var schema = JsonSchema.FromText(File.ReadAllText(path), options, new Uri(Base, name));
            options.SchemaRegistry.Register(new Uri(Base, name), schema);
            schemas[name] = schema;
        }

        return (options, schemas);
    }
}
