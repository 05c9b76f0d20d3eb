namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>Settings of the public response cache (<c>Wegweiser:ResponseCache</c>).</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>Switch the cache off (every request is rendered), e.g. to compare in a benchmark.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most memory the stored responses take; the least used go first when it is full.</summary>
    public int SizeLimitMegabytes { get; set; } = 8;

    /// <summary>
    /// Keep every response from the first request for it. By default, once the cache is half
    /// full, a response is kept only from the second request for the same address
    /// (<see cref="PublicResponseCache.Admit"/>): a crawler that visits thousands of pages once
    /// each then neither pushes out the pages visitors repeat nor leaves the collector megabytes
    /// of dropped responses.
    /// </summary>
    public bool StoreOnFirstRequest { get; set; }

    /// <summary>Responses larger than this (uncompressed) are served but not kept.</summary>
    public int MaxResponseMegabytes { get; set; } = 16;

    /// <summary>How often the hit and miss counts go to the log.</summary>
    public int StatisticsMinutes { get; set; } = 5;
}
