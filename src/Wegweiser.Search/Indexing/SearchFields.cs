namespace Wegweiser.Search.Indexing;

/// <summary>The field names of the index and the weight each text field has in a query.</summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string Url = "url";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Fallback = "fallback";
    public const string Topic = "topic";
    public const string Town = "town";

    /// <summary>Title, summary and body again, only tokenized and lower-cased: the words for "did you mean".</summary>
    public const string Words = "words";

    /// <summary>Text fields and their boosts: title over summary over body.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (Title, 3f),
        (Summary, 2f),
        (Body, 1f),
    ];
}
