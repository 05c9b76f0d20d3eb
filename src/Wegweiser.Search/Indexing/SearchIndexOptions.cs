namespace Wegweiser.Search.Indexing;

/// <summary>Where the indexes live (section <c>Wegweiser:Search</c>).</summary>
public sealed class SearchIndexOptions
{
    /// <summary>Folder holding one index folder per culture (<c>index/&lt;culture&gt;</c>).</summary>
    public string? Folder { get; set; }

    /// <summary>Keep the indexes in memory only (tests); they are rebuilt at every start.</summary>
    public bool InMemory { get; set; }
}
