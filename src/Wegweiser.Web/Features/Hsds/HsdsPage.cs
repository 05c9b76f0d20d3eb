using System.Text.Json.Nodes;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>The paged envelope of every HSDS list (the OpenAPI's <c>Page</c>).</summary>
public static class HsdsPage
{
    /// <summary>The items of page <paramref name="number"/> of <paramref name="all"/>.</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> all, int number, int size) =>
        all.Skip((int)Math.Min((long)(number - 1) * size, int.MaxValue)).Take(size).ToList();

    public static JsonObject Of(int total, int number, int size, IEnumerable<JsonNode> contents)
    {
        var items = contents.ToJsonArray();
        var pages = total == 0 ? 0 : (total + size - 1) / size;
        return new JsonObject
        {
            ["total_items"] = total,
            ["total_pages"] = pages,
            ["page_number"] = number,
            ["size"] = items.Count,
            ["first_page"] = number == 1,
            ["last_page"] = number >= pages,
            ["empty"] = items.Count == 0,
            ["contents"] = items,
        };
    }
}
