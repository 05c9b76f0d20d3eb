namespace Wegweiser.Data;

/// <summary>Where a visitor's report of a mistake stands in the editors' queue.</summary>
public enum MistakeReportState
{
    Open,
    Accepted,
    Rejected,
}
