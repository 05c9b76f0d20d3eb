namespace Wegweiser.Core.Review;

/// <summary>Where an entry stands in its review cycle.</summary>
public enum ReviewStatus
{
    /// <summary>The type has no review cycle (pages, glossary) or ends by its dates (courses, events).</summary>
    NotApplicable,
    Current,
    DueSoon,
    Overdue,
}
