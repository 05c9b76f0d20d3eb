namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Limits for visitors' contact requests. Bound from <c>Wegweiser:ContactRequests</c>; how long
/// they are kept is in <see cref="RetentionOptions"/>.
/// </summary>
public sealed class ContactRequestOptions
{
    /// <summary>How many requests one address may send per window.</summary>
    public int PermitsPerWindow { get; set; } = 5;

    public int WindowMinutes { get; set; } = 15;
}
