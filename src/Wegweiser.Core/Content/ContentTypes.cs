namespace Wegweiser.Core.Content;

/// <summary>What can be taken along from an entry's page.</summary>
[Flags]
public enum TakeAlongKinds
{
    None = 0,

    /// <summary>A contact file (vCard), for places one calls or visits.</summary>
    ContactFile = 1,

    /// <summary>A calendar file, for what happens on dates.</summary>
    Calendar = 2,

    /// <summary>The QR code and the printable card, for everything one can go to or join.</summary>
    Card = 4,
}

/// <summary>One content type: its German URL word, its section name, its default review interval, what it offers to take along and its translatable fields beyond title, summary and body.</summary>
public sealed record ContentTypeInfo(
    ContentType Type, string Segment, string Section, int? ReviewMonths, TakeAlongKinds TakeAlong, IReadOnlyList<string> ExtraFields);

/// <summary>
/// The one table of content types that lists, review rounds, take-along files and forms read, in
/// the order the site shows them. The concept renews the advice overview every two years and the
/// club platform every year; courses and events have no interval: they end by their dates.
/// </summary>
public static class ContentTypes
{
    private const TakeAlongKinds Place = TakeAlongKinds.ContactFile | TakeAlongKinds.Card;

    public static readonly IReadOnlyList<ContentTypeInfo> All =
    [
        new(ContentType.Service, "angebote", "Services", 24, Place, ["cost", "eligibility", "access"]),
        new(ContentType.Course, "kurse", "Courses", null, Place | TakeAlongKinds.Calendar, ["cost", "registration"]),
        new(ContentType.Club, "vereine", "Clubs", 12, Place, ["activities", "fees"]),
        // Initiatives get no contact file: their contact is internal, visitors ask through a form.
        new(ContentType.VolunteerInitiative, "ehrenamt", "Volunteering", 12, TakeAlongKinds.Card, []),
        new(ContentType.Event, "veranstaltungen", "Events", null, TakeAlongKinds.Calendar | TakeAlongKinds.Card, ["place", "dates"]),
        new(ContentType.Organisation, "organisationen", "Organisations", 24, Place, []),
        new(ContentType.GlossaryTerm, "glossar", "Glossary", null, TakeAlongKinds.None, []),
        new(ContentType.Page, "seiten", "Pages", null, TakeAlongKinds.None, []),
    ];

    private static readonly Dictionary<ContentType, ContentTypeInfo> ByType = All.ToDictionary(i => i.Type);

    public static ContentTypeInfo Of(ContentType type) => ByType[type];
}
