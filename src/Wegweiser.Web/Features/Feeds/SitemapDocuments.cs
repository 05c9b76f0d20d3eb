using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>
/// The child sitemaps, built once per change and kept compressed. On a site of 10,000 entries one
/// culture's sitemap is 10 MB of XML and 0.5 MB with gzip: it is written straight into the
/// compressor, never whole in memory, and kept here rather than in the public response cache,
/// where seven of them would push out a thousand pages and come back as 10 MB renderings.
/// A content change (<see cref="ContentChangeSignal"/>), a cleared response cache or a new day
/// (courses that ended drop out) makes every kept sitemap old; the next request builds anew.
/// </summary>
public sealed class SitemapDocuments(ContentChangeSignal signal, PublicResponseCache cache)
{
    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>
    /// The most documents kept at once. Without a configured public address each host name a
    /// client sends has its own; past this many the oldest set is dropped, so memory stays bounded.
    /// </summary>
    public const int MaxKept = 64;

    private readonly Dictionary<string, CachedResponse> _kept = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _building = new(1, 1);
    private string _stamp = "";

    /// <summary>How many documents are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_kept)
            {
                return _kept.Count;
            }
        }
    }

    /// <summary>
    /// The document <paramref name="name"/> under <paramref name="baseUrl"/>, built from
    /// <paramref name="urls"/> when it is not kept for the current content; null when that
    /// part has no addresses (nothing is kept then).
    /// </summary>
    public async Task<CachedResponse?> GetAsync(
        string name, string baseUrl, DateOnly today, Func<CancellationToken, Task<IReadOnlyList<SitemapUrl>>> urls, Func<string, string> absolute, CancellationToken ct)
    {
        // Read before the content, like the response cache's key: what is built is at least this new.
        var stamp = string.Concat(cache.Stamp(signal.Version), "|", today.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        var key = string.Concat(baseUrl, "|", name);
        if (Find(stamp, key) is { } kept)
        {
            return kept;
        }

        // One build at a time: a crawler asking for all seven at once costs seven builds in a row, not side by side.
        await _building.WaitAsync(ct);
        try
        {
            if (Find(stamp, key) is { } builtMeanwhile)
            {
                return builtMeanwhile;
            }

            var addresses = await urls(ct);
            if (addresses.Count == 0)
            {
                return null;
            }

            var document = Build(output => Sitemap.Write(addresses, absolute, output));
            lock (_kept)
            {
                if (_stamp != stamp || _kept.Count >= MaxKept)
                {
                    _kept.Clear();
                    _stamp = stamp;
                }

                _kept[key] = document;
            }

            return document;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Writes a document through gzip, hashing and counting the plain bytes on the way.</summary>
    internal static CachedResponse Build(Action<Stream> write)
    {
        using var compressed = new MemoryStream();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length;
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        using (var plain = new HashingWriteStream(gzip, hash))
        {
            write(plain);
            length = plain.Position;
        }

        return CachedResponse.FromGzip(ContentType, checked((int)length), hash.GetHashAndReset(), compressed.ToArray());
    }

    private CachedResponse? Find(string stamp, string key)
    {
        lock (_kept)
        {
            return _stamp == stamp && _kept.TryGetValue(key, out var document) ? document : null;
        }
    }

    /// <summary>A write-only stream that passes bytes on and adds them to a hash.</summary>
    private sealed class HashingWriteStream(Stream inner, IncrementalHash hash) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            inner.Write(buffer);
            _written += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
