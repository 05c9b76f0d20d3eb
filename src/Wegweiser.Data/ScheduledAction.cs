namespace Wegweiser.Data;

/// <summary>
/// A workflow step planned for later ("publish on 1 March at 8:00"): the scheduled-workflow job
/// carries it out once <see cref="DueUtc"/> has passed and records the outcome.
/// </summary>
public sealed class ScheduledAction
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public ScheduledActionKind Kind { get; set; }

    public DateTime DueUtc { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>For a publication: the version the publisher saw, which is published only if it is still the latest.</summary>
    public int? VersionNumber { get; set; }

    /// <summary>For a publication: the content stamp of that version (see <c>VersionStamp</c> in Core).</summary>
    public string? VersionStamp { get; set; }

    /// <summary>When the job carried it out (or found nothing to do); null while it waits.</summary>
    public DateTime? DoneUtc { get; set; }

    /// <summary>What happened: "done", or why nothing could be done.</summary>
    public string? Outcome { get; set; }
}
