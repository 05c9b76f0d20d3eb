namespace Wegweiser.Core.Content;

/// <summary>What a club on the club platform has beyond the common fields.</summary>
public sealed class ClubData
{
    public static readonly IReadOnlyList<string> Categories =
        ["sport", "kultur", "musik", "soziales", "bildung", "religion", "jugend", "sonstiges"];

    public string? Category { get; set; }

    public bool? NewcomersWelcome { get; set; }
}
