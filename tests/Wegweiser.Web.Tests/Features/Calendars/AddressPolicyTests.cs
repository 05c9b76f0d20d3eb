using System.Net;
using Wegweiser.Web.Features.Calendars.Fetching;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>Which addresses a calendar fetch may reach when private networks are not allowed.</summary>
public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.8.9.10", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.178.1", false)]
    [InlineData("169.254.169.254", false)] // cloud metadata
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2002:a00:1::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("93.184.215.14", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2a00:1450:4001:80b::200e", true)]
    [InlineData("::ffff:93.184.215.14", true)]
    public void Only_public_addresses_are_allowed(string address, bool allowed)
    {
        var policy = AddressPolicy.For(allowPrivate: false);

        Assert.Equal(allowed, policy.Allows(IPAddress.Parse(address)));
        Assert.True(AddressPolicy.For(allowPrivate: true).Allows(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("webcal://partner.example/termine.ics", "https://partner.example/termine.ics", null)]
    [InlineData("https://partner.example/k.ics", "https://partner.example/k.ics", null)]
    [InlineData(" http://partner.example/k.ics ", "http://partner.example/k.ics", null)]
    [InlineData("ftp://partner.example/k.ics", null, "Calendars.Error.UrlScheme")]
    [InlineData("file:///etc/passwd", null, "Calendars.Error.UrlScheme")]
    [InlineData("partner.example/k.ics", null, "Calendars.Error.UrlScheme")]
    [InlineData("https://name:geheim@partner.example/k.ics", null, "Calendars.Error.UrlUserInfo")]
    [InlineData("", null, "Calendars.Error.UrlMissing")]
    public void Addresses_are_checked_and_webcal_is_read_as_https(string text, string? expected, string? refusal)
    {
        var (uri, error) = CalendarAddress.Parse(text);

        Assert.Equal(expected, uri?.AbsoluteUri);
        Assert.Equal(refusal, error);
    }
}
