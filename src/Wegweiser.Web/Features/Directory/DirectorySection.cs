using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// Content types as the public site addresses them: their URL segment (German words in URLs, from
/// <see cref="ContentTypes"/>) and the resource keys of their names.
/// </summary>
public sealed record DirectorySection(ContentType Type, string Segment, string NameKey, string PluralKey)
{
    public static readonly IReadOnlyList<DirectorySection> All =
        ContentTypes.All.Select(i => new DirectorySection(i.Type, i.Segment, $"Type.{i.Type}", $"Section.{i.Section}")).ToList();

    /// <summary>The German word in the Atom feed's address (served by Features/Feeds), like the sections' URL words.</summary>
    public const string FeedSegment = "neu.atom";

    /// <summary>The feed's address for a culture, for the link in the pages' head.</summary>
    public static string FeedUrl(string culture) => $"/{culture}/{FeedSegment}";

    public static DirectorySection? BySegment(string? segment) => All.FirstOrDefault(s => s.Segment == segment);

    public static DirectorySection For(ContentType type) => All.First(s => s.Type == type);

    /// <summary>The offers (services, courses, clubs, volunteering, events): the main navigation and the groups of topic pages.</summary>
    public static IEnumerable<DirectorySection> Offers => All.Where(s => s.Info.IsOffer);

    /// <summary>The type's row in <see cref="ContentTypes"/>.</summary>
    public ContentTypeInfo Info => ContentTypes.Of(Type);

    public string ListUrl(string culture) => $"/{culture}/{Segment}";

    public string DetailUrl(string culture, string slug) => $"/{culture}/{Segment}/{slug}";
}
