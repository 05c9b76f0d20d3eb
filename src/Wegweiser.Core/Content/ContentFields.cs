namespace Wegweiser.Core.Content;

/// <summary>The translatable fields each content type has (extra ones from <see cref="ContentTypes"/>). Title and slug are always there.</summary>
public static class ContentFields
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";

    private static readonly string[] Common = [Title, Summary, Body];

    /// <summary>All translatable field names of <paramref name="type"/>, in display order.</summary>
    public static IReadOnlyList<string> For(ContentType type) =>
        ContentTypes.Of(type).ExtraFields is { Count: > 0 } extra ? [.. Common, .. extra] : Common;
}
