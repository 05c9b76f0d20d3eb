using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Features.Calendars.Fetching;

/// <summary>
/// Fetches a calendar with limits: http and https only, a time limit for the whole fetch, a size
/// limit (reading stops beyond it), a few redirects each checked again, and only public network
/// addresses. The address is checked where the connection is made (<see cref="Connect"/>), after
/// the name was resolved, so neither a redirect nor a name that resolves to an internal address
/// (DNS rebinding) reaches an internal server. No proxy is used, so the check sees the real peer.
/// </summary>
public sealed class CalendarFetcher : IDisposable
{
    private readonly CalendarOptions _options;
    private readonly AddressPolicy _policy;
    private readonly HttpClient _client;

    public CalendarFetcher(IOptions<CalendarOptions> options)
        : this(options.Value, AddressPolicy.For(options.Value.AllowPrivateAddresses))
    {
    }

    public CalendarFetcher(CalendarOptions options, AddressPolicy policy)
    {
        _options = options;
        _policy = policy;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = Connect,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Wegweiser-Kalender/1.0");
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/calendar, */*;q=0.5");
    }

    /// <summary>The calendar's bytes; throws <see cref="CalendarFetchException"/> with the reason when it cannot be read.</summary>
    public async Task<byte[]> FetchAsync(Uri address, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            return await FetchFollowingRedirectsAsync(address, limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new CalendarFetchException("Calendars.Error.Timeout", _options.TimeoutSeconds);
        }
        catch (HttpRequestException e)
        {
            throw Unwrap(e) ?? new CalendarFetchException("Calendars.Error.Unreachable", address.Host);
        }
    }

    private async Task<byte[]> FetchFollowingRedirectsAsync(Uri address, CancellationToken ct)
    {
        for (var hop = 0; ; hop++)
        {
            if (!CalendarAddress.IsHttp(address))
            {
                throw new CalendarFetchException("Calendars.Error.UrlScheme");
            }

            CheckLiteralAddress(address);
            using var response = await _client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, ct);
            if (IsRedirect(response.StatusCode))
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new CalendarFetchException("Calendars.Error.TooManyRedirects", _options.MaxRedirects);
                }

                address = response.Headers.Location is { } next
                    ? (next.IsAbsoluteUri ? next : new Uri(address, next))
                    : throw new CalendarFetchException("Calendars.Error.Status", (int)response.StatusCode);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new CalendarFetchException("Calendars.Error.Status", (int)response.StatusCode);
            }

            return await ReadLimitedAsync(response.Content, ct);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        var max = _options.MaxBytes;
        if (content.Headers.ContentLength > max)
        {
            throw TooLarge();
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private CalendarFetchException TooLarge() =>
        new("Calendars.Error.TooLarge", Math.Round(_options.MaxBytes / 1048576.0, 1));

    /// <summary>An address written as an IP refused before any request, for a clear message.</summary>
    private void CheckLiteralAddress(Uri address)
    {
        if (IPAddress.TryParse(address.IdnHost.Trim('[', ']'), out var ip) && !_policy.Allows(ip))
        {
            throw new CalendarFetchException("Calendars.Error.PrivateAddress", ip.ToString());
        }
    }

    /// <summary>Resolves the name, keeps only allowed addresses, connects, and checks the address actually connected.</summary>
    private async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (SocketException)
        {
            throw new CalendarFetchException("Calendars.Error.UnknownHost", host);
        }

        var allowed = addresses.Where(_policy.Allows).ToArray();
        if (allowed.Length == 0)
        {
            throw new CalendarFetchException("Calendars.Error.PrivateAddress", addresses.FirstOrDefault()?.ToString() ?? host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            if (socket.RemoteEndPoint is not IPEndPoint peer || !_policy.Allows(peer.Address))
            {
                throw new CalendarFetchException("Calendars.Error.PrivateAddress", (socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? host);
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static CalendarFetchException? Unwrap(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is CalendarFetchException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    public void Dispose() => _client.Dispose();
}
