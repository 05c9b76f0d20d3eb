namespace Wegweiser.Search.Indexing;

/// <summary>Where the indexes live (section <c>Wegweiser:Search</c>).</summary>
public sealed class SearchIndexOptions
{
    /// <summary>Folder holding one index folder per culture (<c>index/&lt;culture&gt;</c>).</summary>
    public string? Folder { get; set; }

    /// <summary>Keep the indexes in memory only (tests); they are rebuilt at every start.</summary>
    public bool InMemory { get; set; }

    /// <summary>
    /// Reuse, until the index next changes, the results of recent searches and the fuzzy expansions
    /// of misspelt words (<see cref="CultureIndex.Open"/>). On by default.
    /// </summary>
    public bool CacheQueries { get; set; } = true;
}
