namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>Settings of the public response cache (<c>Wegweiser:ResponseCache</c>).</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>Switch the cache off (every request is rendered), e.g. to compare in a benchmark.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most memory the stored responses take; the least used go first when it is full.</summary>
    public int SizeLimitMegabytes { get; set; } = 8;

    /// <summary>Responses larger than this (uncompressed) are served but not kept.</summary>
    public int MaxResponseMegabytes { get; set; } = 16;

    /// <summary>How often the hit and miss counts go to the log.</summary>
    public int StatisticsMinutes { get; set; } = 5;
}
