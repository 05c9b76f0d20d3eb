using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The one place that maps content types to their URL segment (German words in URLs) and to the
/// resource keys of their names.
/// </summary>
public sealed record DirectorySection(ContentType Type, string Segment, string NameKey, string PluralKey)
{
    public static readonly IReadOnlyList<DirectorySection> All =
    [
        new(ContentType.Service, "angebote", "Type.Service", "Section.Services"),
        new(ContentType.Course, "kurse", "Type.Course", "Section.Courses"),
        new(ContentType.Club, "vereine", "Type.Club", "Section.Clubs"),
        new(ContentType.VolunteerInitiative, "ehrenamt", "Type.VolunteerInitiative", "Section.Volunteering"),
        new(ContentType.Event, "veranstaltungen", "Type.Event", "Section.Events"),
        new(ContentType.Organisation, "organisationen", "Type.Organisation", "Section.Organisations"),
        new(ContentType.GlossaryTerm, "glossar", "Type.GlossaryTerm", "Section.Glossary"),
        new(ContentType.Page, "seiten", "Type.Page", "Section.Pages"),
    ];

    /// <summary>The German word in the Atom feed's address (served by Features/Feeds), like the sections' URL words.</summary>
    public const string FeedSegment = "neu.atom";

    /// <summary>The feed's address for a culture, for the link in the pages' head.</summary>
    public static string FeedUrl(string culture) => $"/{culture}/{FeedSegment}";

    public static DirectorySection? BySegment(string? segment) => All.FirstOrDefault(s => s.Segment == segment);

    public static DirectorySection For(ContentType type) => All.First(s => s.Type == type);

    public string ListUrl(string culture) => $"/{culture}/{Segment}";

    public string DetailUrl(string culture, string slug) => $"/{culture}/{Segment}/{slug}";
}
