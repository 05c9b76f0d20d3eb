namespace Wegweiser.Core.Content;

/// <summary>The kinds of content a Wegweiser site holds.</summary>
public enum ContentType
{
    Organisation,
    Service,
    Course,
    Club,
    VolunteerInitiative,
    Event,
    Page,
    GlossaryTerm,
}
