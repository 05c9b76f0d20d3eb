namespace Wegweiser.Data;

/// <summary>
/// A visitor's request to be put in touch with a volunteer initiative. Personal data: kept only
/// as long as configured, never logged.
/// </summary>
public sealed class ContactRequest
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public required string Name { get; set; }

    /// <summary>How the visitor wants to be reached (phone, email, or a note such as "über die Sozialarbeiterin").</summary>
    public required string Reach { get; set; }

    public required string Message { get; set; }

    public string? Culture { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when staff have passed the request on.</summary>
    public DateTime? HandledUtc { get; set; }
}
