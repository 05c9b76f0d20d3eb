using System.Diagnostics;
using System.Net;
using Wegweiser.Web.Features.Calendars;
using Wegweiser.Web.Features.Calendars.Fetching;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>
/// The fetcher against a real server on loopback: the size limit (with and without a length
/// header), the time limit, redirects (counted, and checked again where they lead), and refusal of
/// loopback and private addresses, written as an IP, as a name, or reached by a redirect.
/// </summary>
public class CalendarFetcherTests : IAsyncLifetime
{
    private IcsServer _server = null!;

    public async Task InitializeAsync() => _server = await IcsServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static CalendarFetcher Fetcher(bool allowPrivate = true, int timeoutSeconds = 20) =>
        new(new CalendarOptions { AllowPrivateAddresses = allowPrivate, TimeoutSeconds = timeoutSeconds }, AddressPolicy.For(allowPrivate));

    private Uri At(string path) => new(_server.Url + path);

    [Fact]
    public async Task A_calendar_on_an_allowed_address_is_fetched()
    {
        using var fetcher = Fetcher();

        var bytes = await fetcher.FetchAsync(At("/kal/einfach.ics"), default);

        Assert.Contains("Offener Treff", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("/gross")]
    [InlineData("/gross-mit-laenge")]
    public async Task A_calendar_beyond_the_size_limit_is_refused(string path)
    {
        using var fetcher = Fetcher();

        var refusal = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(At(path), default));

        Assert.Equal("Calendars.Error.TooLarge", refusal.ResourceKey);
    }

    [Fact]
    public async Task A_slow_server_runs_into_the_time_limit()
    {
        using var fetcher = Fetcher(timeoutSeconds: 2);
        var watch = Stopwatch.StartNew();

        var refusal = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(At("/langsam"), default));

        Assert.Equal("Calendars.Error.Timeout", refusal.ResourceKey);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Redirects_are_followed_a_few_times_only()
    {
        using var fetcher = Fetcher();

        var followed = await fetcher.FetchAsync(At("/weiter?ziel=/kal/einfach.ics"), default);
        var circle = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(At("/kreis/1"), default));

        Assert.Contains("Offener Treff", System.Text.Encoding.UTF8.GetString(followed));
        Assert.Equal("Calendars.Error.TooManyRedirects", circle.ResourceKey);
    }

    [Fact]
    public async Task A_server_error_is_reported_with_its_status()
    {
        using var fetcher = Fetcher();

        var refusal = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(At("/var/fehlt"), default));

        Assert.Equal("Calendars.Error.Status", refusal.ResourceKey);
        Assert.Equal(404, refusal.Arguments[0]);
    }

    [Fact]
    public async Task Loopback_is_refused_when_private_addresses_are_not_allowed_whether_written_as_ip_or_name()
    {
        // "localhost" is a name: it is refused where the connection is made, after resolving it,
        // which is also what stops a public name that resolves to an internal address.
        using var fetcher = Fetcher(allowPrivate: false);
        var port = new Uri(_server.Url).Port;

        var byIp = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(At("/kal/einfach.ics"), default));
        var byName = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(new Uri($"http://localhost:{port}/kal/einfach.ics"), default));
        var byV6 = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(new Uri($"http://[::1]:{port}/kal/einfach.ics"), default));

        Assert.Equal("Calendars.Error.PrivateAddress", byIp.ResourceKey);
        Assert.Equal("Calendars.Error.PrivateAddress", byName.ResourceKey);
        Assert.Equal("Calendars.Error.PrivateAddress", byV6.ResourceKey);
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_where_the_connection_is_made()
    {
        // The test server itself must be reachable, so this policy allows exactly its address and
        // otherwise only public ones; the redirect then leads to the cloud metadata address.
        var policy = new AddressPolicy(a => a.Equals(IPAddress.Loopback) || AddressPolicy.IsPublic(a));
        using var fetcher = new CalendarFetcher(new CalendarOptions(), policy);

        var toMetadata = await Assert.ThrowsAsync<CalendarFetchException>(() =>
            fetcher.FetchAsync(At("/weiter?ziel=http://169.254.169.254/latest/meta-data/"), default));
        var toPrivateNetwork = await Assert.ThrowsAsync<CalendarFetchException>(() =>
            fetcher.FetchAsync(At("/weiter?ziel=http://10.0.0.1/kalender.ics"), default));

        Assert.Equal("Calendars.Error.PrivateAddress", toMetadata.ResourceKey);
        Assert.Equal("Calendars.Error.PrivateAddress", toPrivateNetwork.ResourceKey);
        Assert.Equal("10.0.0.1", toPrivateNetwork.Arguments[0]);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        using var fetcher = Fetcher();

        var refusal = await Assert.ThrowsAsync<CalendarFetchException>(() => fetcher.FetchAsync(At("/weiter?ziel=file:///etc/passwd"), default));

        Assert.Equal("Calendars.Error.UrlScheme", refusal.ResourceKey);
    }
}
