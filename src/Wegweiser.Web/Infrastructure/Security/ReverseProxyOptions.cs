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
}
