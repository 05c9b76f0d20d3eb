using System.Net;
using System.Net.Sockets;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// The client address a per-address limit counts by: the connection's address after the forwarded
/// headers of known proxies. An IPv6 client is counted by its /64 network, since one connection
/// usually holds a whole /64 and could otherwise change its address for every request.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Key(context.Connection.RemoteIpAddress);
    }

    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
