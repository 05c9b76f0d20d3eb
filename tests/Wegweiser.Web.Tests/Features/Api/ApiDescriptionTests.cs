using System.Net;
using Microsoft.AspNetCore.Http;
using System.Text.Json.Nodes;
using Wegweiser.Web.Features.Hsds;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Tests.Features.Api;

/// <summary>The OpenAPI document at <c>/api/openapi.json</c> and the readable page at <c>/api</c>.</summary>
public class ApiDescriptionTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task The_OpenAPI_document_names_every_HSDS_path_with_its_parameters()
    {
        var response = await _client.GetAsync("/api/openapi.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var hsds = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Hsds.HsdsSchema.Folder, "openapi.json")))!;
        var paths = document["paths"]!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>());
        Assert.Contains("/api/suche", paths.Select(p => p.Key));
        Assert.Contains("/api/vorschlaege", paths.Select(p => p.Key));
        foreach (var (path, operations) in hsds["paths"]!.AsObject())
        {
            var ours = paths[HsdsFeature.Prefix + path];
            Assert.True(ours is not null, $"{HsdsFeature.Prefix + path} is missing from /api/openapi.json.");
            var names = ours!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
            foreach (var parameter in operations!["get"]!["parameters"]?.AsArray() ?? [])
            {
                var name = parameter!["name"]?.GetValue<string>() ?? Reference(hsds, parameter["$ref"]!.GetValue<string>());
                Assert.True(names.Contains(name), $"{path}: parameter {name} is not described.");
            }
        }
    }

    [Fact]
    public void Every_documented_query_parameter_is_kept_by_the_response_cache()
    {
        var query = site.Factory.Services.GetRequiredService<PublicQuery>();
        var documented = Wegweiser.Web.Features.Api.ApiCatalog.Endpoints
            .SelectMany(e => e.Parameters.Where(p => p.In == "query").Select(p => (e.Path, p.Name)));

        Assert.All(documented, p => Assert.True(query.Keeps(new PathString(p.Path.Split('{')[0]), p.Name), $"{p.Path}: {p.Name} is dropped"));
        // The HSDS vocabulary stays with the HSDS paths: a page does not keep ?search= or ?per_page=.
        Assert.False(query.Keeps("/de/angebote", "per_page"));
        Assert.False(query.Keeps("/de/suche", "search"));
        Assert.True(query.Keeps("/de/angebote", "seite"));
    }

    [Fact]
    public async Task The_API_page_lists_every_endpoint_in_German()
    {
        var html = await _client.GetStringAsync("/api");

        Assert.Contains("<h1>Schnittstellen für Programme (API)</h1>", html);
        foreach (var endpoint in Wegweiser.Web.Features.Api.ApiCatalog.Endpoints)
        {
            Assert.Contains(Html.Encode(endpoint.Path), html);
        }

        Assert.Contains("href=\"/api/openapi.json\"", html);
        Assert.DoesNotContain("<script src=\"http", html);
    }

    private static string Reference(JsonNode document, string reference)
    {
        JsonNode node = document;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            node = node[part]!;
        }

        return node["name"]!.GetValue<string>();
    }
}
