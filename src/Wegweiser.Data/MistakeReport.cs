namespace Wegweiser.Data;

/// <summary>
/// A visitor's hint that an entry is wrong or out of date ("Fehler melden"). No personal data is
/// required; it waits in a queue until an editor accepts or rejects it.
/// </summary>
public sealed class MistakeReport
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public required string Message { get; set; }

    /// <summary>Optional: how the visitor may be asked back.</summary>
    public string? Reach { get; set; }

    public string? Culture { get; set; }

    public DateTime CreatedUtc { get; set; }

    public MistakeReportState State { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }
}
