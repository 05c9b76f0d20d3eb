using System.Text.Json.Nodes;

namespace Wegweiser.Web.Features.Api;

/// <summary>
/// The OpenAPI 3.1 document of the site's public APIs, built from <see cref="ApiCatalog"/> (so the
/// document, the page and the endpoints' parameter lists cannot drift apart by hand).
/// </summary>
public static class OpenApiDocument
{
    public const string Path = "/api/openapi.json";

    public static JsonObject Build(string baseUrl)
    {
        var paths = new JsonObject();
        foreach (var endpoint in ApiCatalog.Endpoints)
        {
            paths[endpoint.Path] = new JsonObject { ["get"] = Operation(endpoint) };
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Wegweiser: öffentliche Schnittstellen",
                ["version"] = "1.0",
                ["description"] = "Suche und offene Daten (Open Referral HSDS 3.1 mit Übersetzungen). Nur veröffentlichte Einträge; frei abrufbar (CORS *).",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = baseUrl }),
            ["paths"] = paths,
            ["components"] = Components(),
        };
    }

    private static JsonObject Operation(ApiEndpoint endpoint)
    {
        var parameters = new JsonArray();
        foreach (var p in endpoint.Parameters)
        {
            var schema = new JsonObject { ["type"] = p.Type };
            if (p.Format is not null)
            {
                schema["format"] = p.Format;
            }

            parameters.Add(new JsonObject
            {
                ["name"] = p.Name,
                ["in"] = p.In,
                ["required"] = p.In == "path",
                ["description"] = p.Description,
                ["schema"] = schema,
            });
        }

        var ok = endpoint.Schema == "Page"
            ? new JsonObject { ["$ref"] = "#/components/schemas/Page" }
            : new JsonObject { ["type"] = endpoint.Path == "/api/vorschlaege" ? "array" : "object" };
        return new JsonObject
        {
            ["tags"] = new JsonArray(endpoint.Group),
            ["summary"] = endpoint.Summary,
            ["operationId"] = OperationId(endpoint.Path),
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "Erfolg", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = ok } } },
                ["400"] = Problem("Ein Parameter ist falsch."),
                ["404"] = Problem("Nicht gefunden."),
            },
        };
    }

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
    };

    private static string OperationId(string path) =>
        string.Concat(path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim('{', '}').Replace("_", "", StringComparison.Ordinal)))
        + (path.EndsWith('/') ? "Root" : "");

    private static JsonObject Components()
    {
        static JsonObject Of(string type) => new() { ["type"] = type };
        return new JsonObject
        {
            ["schemas"] = new JsonObject
            {
                ["Page"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Eine Seite einer HSDS-Liste.",
                    ["properties"] = new JsonObject
                    {
                        ["total_items"] = Of("integer"), ["total_pages"] = Of("integer"), ["page_number"] = Of("integer"), ["size"] = Of("integer"),
                        ["first_page"] = Of("boolean"), ["last_page"] = Of("boolean"), ["empty"] = Of("boolean"),
                        ["contents"] = new JsonObject { ["type"] = "array", ["items"] = Of("object") },
                    },
                },
                ["Problem"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "RFC 9457 problem details, Text auf Deutsch.",
                    ["properties"] = new JsonObject { ["type"] = Of("string"), ["title"] = Of("string"), ["status"] = Of("integer"), ["detail"] = Of("string") },
                },
            },
        };
    }
}
