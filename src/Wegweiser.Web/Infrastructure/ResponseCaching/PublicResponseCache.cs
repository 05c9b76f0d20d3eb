using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>
/// The stored public responses, bounded in size (the least recently used go first). Keys carry
/// the content version (<see cref="Data.Stores.ContentChangeSignal"/>) and <see cref="Generation"/>,
/// so a change makes every older response unreachable at once; <see cref="Clear"/> then frees them.
/// </summary>
public sealed class PublicResponseCache : IDisposable
{
    /// <summary>Slots of the table of recently missed keys (<see cref="Admit"/>): 128 KB.</summary>
    private const int SeenSlots = 1 << 14;

    private readonly MemoryCache _memory;
    private readonly ulong[]? _seen;
    private readonly long _sizeLimit;
    private long _generation;
    private long _hits;
    private long _misses;
    private long _stored;

    public PublicResponseCache(IOptions<WegweiserOptions> options)
    {
        var settings = options.Value.ResponseCache;
        Enabled = settings.Enabled;
        MaxResponseBytes = settings.MaxResponseMegabytes * 1024L * 1024L;
        _seen = settings.StoreOnFirstRequest ? null : new ulong[SeenSlots];
        _sizeLimit = settings.SizeLimitMegabytes * 1024L * 1024L;
        _memory = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = _sizeLimit,
            CompactionPercentage = 0.25,
            TrackStatistics = true,
        });
    }

    public bool Enabled { get; }

    public long MaxResponseBytes { get; }

    /// <summary>Moves on with every eviction, so responses rendered before it can never be served after it.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// What every kept public response depends on besides its address and time: the content version
    /// (<see cref="Data.Stores.ContentChangeSignal.Version"/>) and <see cref="Generation"/>. Output kept
    /// outside this cache (the sitemaps) uses the same stamp, so it turns old exactly when pages do.
    /// </summary>
    public string Stamp(long contentVersion) => string.Concat(
        contentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), ".", Generation.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public CachedResponse? Get(string key)
    {
        if (_memory.TryGetValue(key, out CachedResponse? response))
        {
            Interlocked.Increment(ref _hits);
            return response;
        }

        Interlocked.Increment(ref _misses);
        return null;
    }

    /// <summary>
    /// Whether a response for <paramref name="key"/>, which was just missed, should be kept. While
    /// the cache is less than half full, always. Beyond that only when the same key was missed
    /// before, lately: a table of 16,384 slots remembers one missed key each (by hash; a newer key
    /// takes the slot). So a crawler that visits thousands of pages once each cannot push out the
    /// pages visitors repeat, and does not leave the collector megabytes of dropped responses; a
    /// page asked for again is kept on its second request.
    /// </summary>
    public bool Admit(string key)
    {
        if (_seen is null)
        {
            return true;
        }

        var hash = ((ulong)(uint)key.GetHashCode() << 32) | (uint)string.GetHashCode(key.AsSpan(), StringComparison.OrdinalIgnoreCase) | 1;
        ref var slot = ref _seen[(int)(hash >> 32) & (SeenSlots - 1)];
        if (Volatile.Read(ref slot) == hash)
        {
            return true;
        }

        Volatile.Write(ref slot, hash);
        return HeldBytes < _sizeLimit / 2;
    }

    /// <summary>The bytes the stored responses take now (their <see cref="CachedResponse.Size"/> and keys).</summary>
    public long HeldBytes => _memory.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public void Set(string key, CachedResponse response, TimeSpan lifetime)
    {
        Interlocked.Increment(ref _stored);
        _memory.Set(key, response, new MemoryCacheEntryOptions { Size = response.Size + 2L * key.Length, AbsoluteExpirationRelativeToNow = lifetime });
    }

    /// <summary>Forgets every stored response (after a content or taxonomy change).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _memory.Clear();
    }

    /// <summary>Counts since the last call, and what is held now.</summary>
    public ResponseCacheStatistics TakeStatistics()
    {
        var current = _memory.GetCurrentStatistics();
        return new ResponseCacheStatistics(
            Interlocked.Exchange(ref _hits, 0),
            Interlocked.Exchange(ref _misses, 0),
            Interlocked.Exchange(ref _stored, 0),
            current?.CurrentEntryCount ?? _memory.Count,
            current?.CurrentEstimatedSize ?? 0);
    }

    public void Dispose() => _memory.Dispose();
}

/// <summary>Hits, misses and stores over a period, and the entries and bytes held at its end.</summary>
public sealed record ResponseCacheStatistics(long Hits, long Misses, long Stored, long Entries, long Bytes);
