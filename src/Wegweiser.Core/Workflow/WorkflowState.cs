namespace Wegweiser.Core.Workflow;

/// <summary>Where a content version stands in the editorial workflow.</summary>
public enum WorkflowState
{
    Draft,
    InReview,
    Published,
    Archived,
}
