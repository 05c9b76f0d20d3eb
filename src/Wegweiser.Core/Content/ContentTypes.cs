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

/// <summary>What a content type is and allows, beyond its fields.</summary>
[Flags]
public enum ContentTypeTraits
{
    None = 0,

    /// <summary>Something one can use, go to or join: in the main navigation and grouped on topic and need pages.</summary>
    Offer = 1,

    /// <summary>A provider may create entries of the type, for the organisations named in the account.</summary>
    CreatableByProviders = 2,

    /// <summary>Entries have opening hours, so the list filters by "open now".</summary>
    OpeningHours = 4,

    /// <summary>Entries carry contact data: the detail page and the editor form have a contact section.</summary>
    Contact = 8,

    /// <summary>The type's list offers filters (topic, town, free …).</summary>
    Filters = 16,
}

/// <summary>One content type: its German URL word, its section name, its default review interval, what it offers to take along, its translatable fields beyond title, summary and body, and its traits.</summary>
public sealed record ContentTypeInfo(
    ContentType Type, string Segment, string Section, int? ReviewMonths, TakeAlongKinds TakeAlong, IReadOnlyList<string> ExtraFields, ContentTypeTraits Traits)
{
    /// <summary>In the main navigation and on topic and need pages.</summary>
    public bool IsOffer => Traits.HasFlag(ContentTypeTraits.Offer);

    /// <summary>Whether a provider may create an entry of this type (staff may create every type).</summary>
    public bool CreatableByProviders => Traits.HasFlag(ContentTypeTraits.CreatableByProviders);

    /// <summary>Whether the type's list filters by "open now".</summary>
    public bool HasOpeningHours => Traits.HasFlag(ContentTypeTraits.OpeningHours);

    /// <summary>Whether entries carry contact data (glossary terms and pages do not).</summary>
    public bool HasContact => Traits.HasFlag(ContentTypeTraits.Contact);

    /// <summary>Whether the type's list offers filters (glossary terms and pages do not).</summary>
    public bool HasFilters => Traits.HasFlag(ContentTypeTraits.Filters);
}

/// <summary>
/// The one table of content types that lists, navigation, permissions, review rounds, take-along
/// files and forms read, in the order the site shows them. The concept renews the advice overview
/// every two years and the club platform every year; courses and events have no interval: they end
/// by their dates.
/// </summary>
public static class ContentTypes
{
    private const TakeAlongKinds Place = TakeAlongKinds.ContactFile | TakeAlongKinds.Card;

    /// <summary>What the directory lists with contact data and filters.</summary>
    private const ContentTypeTraits Listed = ContentTypeTraits.Contact | ContentTypeTraits.Filters;

    /// <summary>What providers create for their organisations: every offer.</summary>
    private const ContentTypeTraits ProviderOffer = ContentTypeTraits.Offer | ContentTypeTraits.CreatableByProviders | Listed;

    public static readonly IReadOnlyList<ContentTypeInfo> All =
    [
        new(ContentType.Service, "angebote", "Services", 24, Place, ["cost", "eligibility", "access"], ProviderOffer | ContentTypeTraits.OpeningHours),
        new(ContentType.Course, "kurse", "Courses", null, Place | TakeAlongKinds.Calendar, ["cost", "registration"], ProviderOffer),
        new(ContentType.Club, "vereine", "Clubs", 12, Place, ["activities", "fees"], ProviderOffer | ContentTypeTraits.OpeningHours),
        // Initiatives get no contact file: their contact is internal, visitors ask through a form.
        new(ContentType.VolunteerInitiative, "ehrenamt", "Volunteering", 12, TakeAlongKinds.Card, [], ProviderOffer),
        new(ContentType.Event, "veranstaltungen", "Events", null, TakeAlongKinds.Calendar | TakeAlongKinds.Card, ["place", "dates"], ProviderOffer),
        // An organisation entry is the provider's own: staff create it, its provider may edit it.
        new(ContentType.Organisation, "organisationen", "Organisations", 24, Place, [], Listed | ContentTypeTraits.OpeningHours),
        new(ContentType.GlossaryTerm, "glossar", "Glossary", null, TakeAlongKinds.None, [], ContentTypeTraits.None),
        new(ContentType.Page, "seiten", "Pages", null, TakeAlongKinds.None, [], ContentTypeTraits.None),
    ];

    private static readonly Dictionary<ContentType, ContentTypeInfo> ByType = All.ToDictionary(i => i.Type);

    public static ContentTypeInfo Of(ContentType type) => ByType[type];
}
