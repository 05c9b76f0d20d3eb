using Wegweiser.Core.Content;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>URL segments of the lists, as visitors type them.</summary>
public static class Sections
{
    public static readonly IReadOnlyDictionary<string, ContentType> ByName = new Dictionary<string, ContentType>
    {
        ["angebote"] = ContentType.Service,
        ["kurse"] = ContentType.Course,
        ["vereine"] = ContentType.Club,
        ["ehrenamt"] = ContentType.VolunteerInitiative,
        ["veranstaltungen"] = ContentType.Event,
    };
}
