using System.Net;
using System.Net.Sockets;

namespace Wegweiser.Web.Features.Calendars.Fetching;

/// <summary>
/// Which network addresses a calendar fetch may connect to: only public ones, unless the
/// configuration allows private networks. Private, loopback, link-local, shared (carrier-grade
/// NAT), multicast, documentation, benchmark and reserved ranges are not public.
/// </summary>
public sealed class AddressPolicy(Func<IPAddress, bool> allows)
{
    /// <summary>Public addresses only, or every address when <paramref name="allowPrivate"/>.</summary>
    public static AddressPolicy For(bool allowPrivate) => new(allowPrivate ? _ => true : IsPublic);

    public bool Allows(IPAddress address) => allows(Normalise(address));

    public static bool IsPublic(IPAddress address)
    {
        address = Normalise(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static IPAddress Normalise(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224 // "this" network, private, loopback, multicast and reserved
        || (b[0] == 100 && b[1] is >= 64 and <= 127) // shared address space (carrier-grade NAT)
        || (b[0] == 169 && b[1] == 254) // link-local (cloud metadata services live here)
        || (b[0] == 172 && b[1] is >= 16 and <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) // IETF protocol assignments, documentation
        || (b[0] == 198 && b[1] is 18 or 19) // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)
        || (b[0] == 203 && b[1] == 0 && b[2] == 113));

    private static bool IsPublicV6(IPAddress address)
    {
        if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        var uniqueLocal = (b[0] & 0xFE) == 0xFC; // fc00::/7
        var documentation = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8; // 2001:db8::/32
        var nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B; // 64:ff9b::/96 reaches IPv4 inside
        var sixToFour = b[0] == 0x20 && b[1] == 0x02; // 2002::/16 embeds an IPv4 address
        var compatible = b.Take(12).All(x => x == 0); // ::/96, IPv4-compatible and unspecified
        return !(uniqueLocal || documentation || nat64 || sixToFour || compatible);
    }
}
