namespace Wegweiser.Core.Content;

/// <summary>The translatable fields each content type has. Title and slug are always there.</summary>
public static class ContentFields
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";

    private static readonly string[] Common = [Title, Summary, Body];

    private static readonly Dictionary<ContentType, string[]> Extra = new()
    {
        [ContentType.Service] = ["cost", "eligibility", "access"],
        [ContentType.Course] = ["cost", "registration"],
        [ContentType.Club] = ["activities", "fees"],
        [ContentType.Event] = ["place", "dates"],
    };

    /// <summary>All translatable field names of <paramref name="type"/>, in display order.</summary>
    public static IReadOnlyList<string> For(ContentType type) =>
        Extra.TryGetValue(type, out var extra) ? [.. Common, .. extra] : Common;
}
