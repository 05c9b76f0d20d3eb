namespace Wegweiser.Web.Infrastructure;

/// <summary>Limits for visitors' contact requests. Bound from <c>Wegweiser:ContactRequests</c>.</summary>
public sealed class ContactRequestOptions
{
    /// <summary>Requests are deleted this many days after they arrived.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>How many requests one address may send per window.</summary>
    public int PermitsPerWindow { get; set; } = 5;

    public int WindowMinutes { get; set; } = 15;
}
