namespace Wegweiser.Core.Content;

/// <summary>A volunteer initiative's internal contact, hidden from anonymous visitors.</summary>
public sealed class VolunteerData
{
    public InternalContact? InternalContact { get; set; }
}
