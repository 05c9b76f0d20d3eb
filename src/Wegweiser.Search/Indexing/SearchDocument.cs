using Wegweiser.Core.Content;

namespace Wegweiser.Search.Indexing;

/// <summary>
/// What the index of one culture holds about one published entry: its public texts in that culture
/// (or German, <see cref="IsFallback"/>), its address and the values the facets count and the
/// filters narrow by (<see cref="Towns"/> are the towns it serves, its addresses' towns included).
/// </summary>
public sealed record SearchDocument(
    string Key,
    ContentType Type,
    string Title,
    string? Summary,
    string? Body,
    string Url,
    bool IsFallback,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Towns)
{
    public IReadOnlyList<string> TargetGroups { get; init; } = [];

    /// <summary>The languages the staff speak (taxonomy keys).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool FreeOfCharge { get; init; }

    public bool WheelchairAccessible { get; init; }
}
