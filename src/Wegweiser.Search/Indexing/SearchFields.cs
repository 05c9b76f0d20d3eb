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

    /// <summary>The document's <see cref="DocumentFingerprint"/> (numeric doc values, not searchable).</summary>
    public const string Fingerprint = "fingerprint";
    public const string Topic = "topic";
    public const string Town = "town";
    public const string TargetGroup = "group";
    public const string Language = "language";

    /// <summary>Holds <see cref="Yes"/> when the entry is free of charge; absent otherwise.</summary>
    public const string Free = "free";

    /// <summary>Holds <see cref="Yes"/> when the entry is wheelchair accessible; absent otherwise.</summary>
    public const string Accessible = "accessible";

    /// <summary>The value of the yes/no facets.</summary>
    public const string Yes = "yes";

    /// <summary>Title, summary and body again, only tokenized and lower-cased: the words for "did you mean".</summary>
    public const string Words = "words";

    /// <summary>The title cut into word beginnings (edge n-grams): the suggestions as you type.</summary>
    public const string Suggest = "suggest";

    /// <summary>
    /// The fields that are counted and filtered by. Each is indexed as exact terms (for filters)
    /// and as sorted-set doc values (for counting matches without loading stored documents).
    /// </summary>
    public static readonly IReadOnlyList<string> Facets = [Type, Topic, Town, TargetGroup, Language, Free, Accessible];

    /// <summary>Text fields and their boosts: title over summary over body.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (Title, 3f),
        (Summary, 2f),
        (Body, 1f),
    ];
}
