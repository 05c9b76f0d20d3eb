namespace Wegweiser.Data;

/// <summary>Where a suggestion stands in the editors' queue.</summary>
public enum SuggestionState
{
    Open,
    Accepted,
    Rejected,
}
