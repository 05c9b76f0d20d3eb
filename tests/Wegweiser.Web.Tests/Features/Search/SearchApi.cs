using System.Net.Http.Json;
using System.Text.Json;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>Calls <c>/api/suche</c> and waits for the background indexer where a test needs it.</summary>
internal static class SearchApi
{
    public static async Task<JsonElement> SearchAsync(HttpClient client, string query, string culture = "de")
    {
        var response = await client.GetAsync($"/api/suche?q={Uri.EscapeDataString(query)}&kultur={culture}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IReadOnlyList<string> Keys(JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("key").GetString()!).ToList();

    /// <summary>Waits (up to 30 s) until the first index build after start-up is searchable.</summary>
    public static async Task WaitForIndexAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (Keys(await SearchAsync(client, "beratung")).Count > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The search index was not built within 30 s of start-up.");
    }
}
