using Wegweiser.Core.Scheduling;

namespace Wegweiser.Core.Content;

/// <summary>
/// The fields of a content version that do not depend on the language: references, taxonomy
/// keys, contact data, schedule and the parts of each type. Stored as one JSON document.
/// </summary>
public sealed class ContentData
{
    /// <summary>Key of the responsible organisation item.</summary>
    public string? Organisation { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Needs { get; set; } = [];

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Towns { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public ContactData? Contact { get; set; }

    public List<Address> Addresses { get; set; } = [];

    public Schedule? Schedule { get; set; }

    public bool? FreeOfCharge { get; set; }

    public bool? WheelchairAccessible { get; set; }

    /// <summary>Sample data from the demo recipe; pages show a visible notice.</summary>
    public bool IsSample { get; set; }

    public CourseData? Course { get; set; }

    public EventData? Event { get; set; }

    public ClubData? Club { get; set; }

    public VolunteerData? Volunteer { get; set; }

    public GlossaryData? Glossary { get; set; }

    /// <summary>Whether the public has any way to reach this entry: phone, email, website or address.</summary>
    public bool HasPublicContact =>
        (Contact is not null && !Contact.IsEmpty) || Addresses.Any(a => !string.IsNullOrWhiteSpace(a.Street));

    /// <summary>A deep copy, used when a new version starts from the previous one.</summary>
    public ContentData Clone() =>
        System.Text.Json.JsonSerializer.Deserialize<ContentData>(System.Text.Json.JsonSerializer.Serialize(this))!;
}
