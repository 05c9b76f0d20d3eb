using Wegweiser.Search.Indexing;

namespace Wegweiser.SearchBench.Engines;

/// <summary>One search engine under test, holding one index (or table) per culture.</summary>
internal interface ISearchEngine : IDisposable
{
    /// <summary>The engine as the results table names it.</summary>
    string Name { get; }

    /// <summary>Indexes every document of every culture, replacing what was there.</summary>
    void Build(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> documents);

    /// <summary>The keys of the best <paramref name="top"/> matches for what a visitor typed, best first.</summary>
    IReadOnlyList<string> Search(string culture, string text, int top);

    /// <summary>What the index occupies, for the "memory" column.</summary>
    string Footprint();
}
