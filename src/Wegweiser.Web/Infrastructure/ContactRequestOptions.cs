namespace Wegweiser.Web.Infrastructure;

/// <summary>Visitors' contact requests. Bound from <c>Wegweiser:ContactRequests</c>; the limit per address is <c>Wegweiser:RateLimits:Forms</c>.</summary>
public sealed class ContactRequestOptions
{
    /// <summary>Requests are deleted this many days after they arrived.</summary>
    public int RetentionDays { get; set; } = 90;
}
