namespace Wegweiser.Core.Content;

/// <summary>How often an event comes back.</summary>
public enum Recurrence
{
    None,
    Yearly,
    Monthly,
}
