namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the site believes.
/// Bound from <c>Wegweiser:ReverseProxy</c>. Nothing configured: loopback only (ASP.NET Core's
/// default), so a proxy on the same machine works; configured: exactly these, loopback no more.
/// </summary>
public sealed class ReverseProxyOptions
{
    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Why these settings cannot be used (German, then English), or null; checked at start-up.</summary>
    public string? Problem()
    {
        var proxy = KnownProxies.FirstOrDefault(p => !System.Net.IPAddress.TryParse(p.Trim(), out _));
        if (proxy is not null)
        {
            return $"Wegweiser:ReverseProxy:KnownProxies: '{proxy}' ist keine IP-Adresse (zum Beispiel 10.0.0.5).\n"
                + $"Wegweiser:ReverseProxy:KnownProxies: '{proxy}' is not an IP address (e.g. 10.0.0.5).";
        }

        var network = KnownNetworks.FirstOrDefault(n => !System.Net.IPNetwork.TryParse(n.Trim(), out _));
        return network is null
            ? null
            : $"Wegweiser:ReverseProxy:KnownNetworks: '{network}' ist kein Netz (zum Beispiel 10.0.0.0/24).\n"
              + $"Wegweiser:ReverseProxy:KnownNetworks: '{network}' is not a network (e.g. 10.0.0.0/24).";
    }
}
