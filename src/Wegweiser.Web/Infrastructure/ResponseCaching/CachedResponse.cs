using System.IO.Compression;
using System.Security.Cryptography;

namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>
/// One stored public response: status, the headers to replay and the body, compressed once with
/// gzip and Brotli when it is text. Clients that accept neither get the gzip body unpacked as it
/// is written, through a small buffer: a 10 MB sitemap of a large site costs no 10 MB array.
/// </summary>
public sealed class CachedResponse
{
    /// <summary>Headers the cache sets itself or that must never be replayed to another visitor.</summary>
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Set-Cookie", "Date", "Server", "Transfer-Encoding", "Content-Length", "Content-Encoding",
        "Vary", "ETag", "Cache-Control", "Pragma", "Expires", "Last-Modified",
    };

    private static readonly string[] CompressibleTypes =
    [
        "text/", "application/xml", "application/atom+xml", "application/json", "application/ld+json", "image/svg+xml",
    ];

    private CachedResponse(int status, IReadOnlyList<KeyValuePair<string, string[]>> headers, string etag, int length, byte[]? identity, byte[]? gzip, byte[]? brotli, string? browserCacheControl)
    {
        Length = length;
        BrowserCacheControl = browserCacheControl;
        Status = status;
        Headers = headers;
        ETag = etag;
        Identity = identity;
        Gzip = gzip;
        Brotli = brotli;
    }

    public int Status { get; }

    /// <summary>The length of the uncompressed body.</summary>
    public int Length { get; }

    /// <summary>
    /// A longer public lifetime the endpoint asked for itself (a QR code of an address never
    /// changes), else null: the cache's own lifetime applies.
    /// </summary>
    public string? BrowserCacheControl { get; }

    public IReadOnlyList<KeyValuePair<string, string[]>> Headers { get; }

    /// <summary>A weak validator of the uncompressed body: equal bytes, equal tag, whatever the encoding.</summary>
    public string ETag { get; }

    /// <summary>The body as rendered; kept only when it is not compressible.</summary>
    public byte[]? Identity { get; }

    public byte[]? Gzip { get; }

    public byte[]? Brotli { get; }

    public bool IsCompressed => Gzip is not null;

    /// <summary>
    /// Bytes held, for the cache's size limit: the bodies, the headers and the tag (two bytes a
    /// character), and about 800 bytes of objects around them (this entry, its header arrays, the
    /// cache's own entry and dictionary node; read from a heap dump of the 10k site, where 7,600
    /// small pages had cost 5.8 MB beyond their bodies). The key is added by the cache.
    /// </summary>
    public long Size => (Identity?.Length ?? 0) + (Gzip?.Length ?? 0) + (Brotli?.Length ?? 0) + 800
        + 2L * (ETag.Length + Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v.Length)));

    /// <summary>
    /// The response as kept: status, headers to replay, ETag, and the body compressed with gzip and
    /// Brotli when it is text. With <paramref name="brotli"/> false (a response served once and not
    /// kept) only gzip, which every client that takes Brotli takes too.
    /// </summary>
    public static CachedResponse Create(HttpResponse response, ReadOnlySpan<byte> body, bool brotli = true)
    {
        var headers = response.Headers
            .Where(h => !NotReplayed.Contains(h.Key))
            .Select(h => new KeyValuePair<string, string[]>(h.Key, h.Value.ToArray()!))
            .ToList();
        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(body)[..12])}\"";
        var own = response.Headers.CacheControl.ToString();
        var browserCacheControl = own.Contains("public", StringComparison.OrdinalIgnoreCase) && own.Contains("max-age", StringComparison.OrdinalIgnoreCase) ? own : null;
        var compressible = body.Length > 0 && IsCompressible(response.ContentType);
        return compressible
            ? new CachedResponse(response.StatusCode, headers, etag, body.Length, null, GzipOf(body), brotli ? BrotliOf(body) : null, browserCacheControl)
            : new CachedResponse(response.StatusCode, headers, etag, body.Length, body.ToArray(), null, null, browserCacheControl);
    }

    /// <summary>
    /// A response an endpoint built and compressed itself (<see cref="StoredResponseResult"/>):
    /// 200 with <paramref name="contentType"/>, the gzip body, and the length and SHA-256 of the
    /// uncompressed bytes. No Brotli copy: every client that takes Brotli takes gzip too.
    /// </summary>
    public static CachedResponse FromGzip(string contentType, int length, byte[] sha256, byte[] gzip) =>
        new(StatusCodes.Status200OK, [new KeyValuePair<string, string[]>("Content-Type", [contentType])],
            $"W/\"{Convert.ToHexStringLower(sha256.AsSpan(0, 12))}\"", length, null, gzip, null, null);

    /// <summary>
    /// The stored body for a client that accepts <paramref name="accepted"/> (<see cref="AcceptedEncoding"/>)
    /// and the encoding it is in; null when the client takes no encoding we keep, and the body
    /// must be unpacked (<see cref="WriteUnpackedAsync"/>).
    /// </summary>
    public (byte[] Body, string? Encoding)? For(AcceptedEncoding accepted)
    {
        if (!IsCompressed)
        {
            return (Identity!, null);
        }

        if (accepted.Brotli && Brotli is not null)
        {
            return (Brotli, "br");
        }

        return accepted.Gzip ? (Gzip!, "gzip") : null;
    }

    /// <summary>Writes the gzip body unpacked, <see cref="Length"/> bytes, without holding it whole.</summary>
    public async Task WriteUnpackedAsync(Stream destination, CancellationToken ct)
    {
        await using var input = new GZipStream(new MemoryStream(Gzip!, writable: false), CompressionMode.Decompress);
        await input.CopyToAsync(destination, 64 * 1024, ct);
    }

    /// <summary>Whether a response of this content type is text worth compressing.</summary>
    public static bool IsCompressible(string? contentType) =>
        contentType is not null && CompressibleTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    public static byte[] GzipOf(ReadOnlySpan<byte> body, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream(body.Length / 3 + 64);
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    private static byte[]? BrotliOf(ReadOnlySpan<byte> body)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        // Quality 6 and a 4 MB window: a few milliseconds once per change, then served as stored.
        return BrotliEncoder.TryCompress(body, buffer, out var written, quality: 6, window: 22) ? buffer[..written] : null;
    }
}
