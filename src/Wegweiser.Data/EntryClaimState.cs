namespace Wegweiser.Data;

/// <summary>Where a claim stands.</summary>
public enum EntryClaimState
{
    /// <summary>A link went to the entry's own address; nothing happens until someone there opens it.</summary>
    AwaitingConfirmation,

    /// <summary>The entry has no address (or no organisation): a publisher decides.</summary>
    AwaitingStaff,

    Approved,

    Rejected,
}
