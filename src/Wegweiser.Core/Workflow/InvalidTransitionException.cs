namespace Wegweiser.Core.Workflow;

/// <summary>A workflow transition that the rules do not allow.</summary>
public sealed class InvalidTransitionException(WorkflowState from, WorkflowState to)
    : InvalidOperationException($"A content version in state {from} cannot move to {to}.")
{
    public WorkflowState From { get; } = from;

    public WorkflowState To { get; } = to;
}
