namespace Wegweiser.Core.Workflow;

/// <summary>
/// The one place that says which workflow transitions are allowed. Editing a published item
/// never moves it back to draft: it starts a new version instead (see <c>ContentItem.EditDraft</c>).
/// </summary>
public static class WorkflowRules
{
    private static readonly HashSet<(WorkflowState From, WorkflowState To)> Allowed =
    [
        (WorkflowState.Draft, WorkflowState.InReview),     // submit
        (WorkflowState.Draft, WorkflowState.Published),    // publish directly (publisher)
        (WorkflowState.Draft, WorkflowState.Archived),     // discard a draft
        (WorkflowState.InReview, WorkflowState.Draft),     // send back with a comment
        (WorkflowState.InReview, WorkflowState.Published), // approve and publish
        (WorkflowState.Published, WorkflowState.Archived), // take offline
        (WorkflowState.Archived, WorkflowState.Draft),     // restore for editing
    ];

    /// <summary>Whether a version in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanTransition(WorkflowState from, WorkflowState to) => Allowed.Contains((from, to));

    /// <summary>The states reachable from <paramref name="from"/>.</summary>
    public static IReadOnlyList<WorkflowState> NextStates(WorkflowState from) =>
        Allowed.Where(t => t.From == from).Select(t => t.To).ToList();

    /// <summary>Throws <see cref="InvalidTransitionException"/> unless the transition is allowed.</summary>
    public static void EnsureAllowed(WorkflowState from, WorkflowState to)
    {
        if (!CanTransition(from, to))
        {
            throw new InvalidTransitionException(from, to);
        }
    }
}
