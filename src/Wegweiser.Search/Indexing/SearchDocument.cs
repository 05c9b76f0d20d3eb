using Wegweiser.Core.Content;

namespace Wegweiser.Search.Indexing;

/// <summary>
/// What the index of one culture holds about one published entry: its public texts in that culture
/// (or German, <see cref="IsFallback"/>), its address and the values the facets count.
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
    IReadOnlyList<string> Towns);
