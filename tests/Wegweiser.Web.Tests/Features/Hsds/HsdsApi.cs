using System.Net;
using System.Text.Json.Nodes;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>Calls the HSDS API and walks all of it, validating every response against the HSDS schemas.</summary>
internal static class HsdsApi
{
    /// <summary>Each list path with the schema its items follow (plain, and with <c>full=true</c>).</summary>
    public static readonly IReadOnlyList<(string Path, string ListSchema, string FullSchema)> Lists =
    [
        ("services", "compiled/service_list.json", "service.json"),
        ("organizations", "compiled/organization_list.json", "organization.json"),
        ("service_at_locations", "compiled/service_at_location_list.json", "service_at_location.json"),
        ("taxonomies", "taxonomy.json", "taxonomy.json"),
        ("taxonomy_terms", "taxonomy_term.json", "taxonomy_term.json"),
    ];

    public static async Task<JsonNode> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        return JsonNode.Parse(body)!;
    }

    /// <summary>Every item of a list, page by page (100 a page).</summary>
    public static async Task<List<JsonNode>> AllAsync(HttpClient client, string path, string query = "")
    {
        var items = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var json = await GetAsync(client, $"/api/hsds/{path}?per_page=100&page={page}{query}");
            items.AddRange(json["contents"]!.AsArray().Select(n => n!.DeepClone()));
            if (json["last_page"]!.GetValue<bool>())
            {
                return items;
            }
        }
    }

    /// <summary>Validates the root, every list (plain and full) and every object by id in <paramref name="lang"/>.</summary>
    public static async Task AssertWholeApiValidAsync(HttpClient client, string lang)
    {
        var root = await GetAsync(client, $"/api/hsds/?lang={lang}");
        Assert.Equal("3.1", root["version"]!.GetValue<string>());
        Assert.True(Uri.IsWellFormedUriString(root["profile"]!.GetValue<string>(), UriKind.Absolute));

        foreach (var (path, listSchema, fullSchema) in Lists)
        {
            var plain = await GetAsync(client, $"/api/hsds/{path}?per_page=100&lang={lang}");
            HsdsSchema.AssertValidPage(plain, listSchema);
            Assert.False(plain["empty"]!.GetValue<bool>(), $"{path} is empty on the demo site.");
            var full = await GetAsync(client, $"/api/hsds/{path}?per_page=100&full=true&lang={lang}");
            HsdsSchema.AssertValidPage(full, fullSchema);
            foreach (var item in plain["contents"]!.AsArray())
            {
                var one = await GetAsync(client, $"/api/hsds/{path}/{item!["id"]!.GetValue<string>()}?lang={lang}");
                HsdsSchema.AssertValid(one, fullSchema);
            }
        }

        var withServices = await GetAsync(client, $"/api/hsds/organizations?per_page=100&full=true&full_service=true&lang={lang}");
        HsdsSchema.AssertValidPage(withServices, "organization.json");
        foreach (var service in withServices["contents"]!.AsArray().SelectMany(o => o!["services"]!.AsArray()))
        {
            HsdsSchema.AssertValid(service, "service.json");
        }
    }
}
