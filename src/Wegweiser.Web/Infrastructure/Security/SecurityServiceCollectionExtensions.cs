using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// The HTTP hardening in one place: forwarded headers from known proxies only, cookie rules,
/// security headers and per-address rate limits. Registered by <see cref="AddWegweiserSecurity"/>,
/// placed in the pipeline by <see cref="UseWegweiserSecurity"/> (before the public response cache).
/// </summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>The cookie name prefix browsers accept only for Secure, host-only cookies on path /.</summary>
    public const string HostPrefix = "__Host-";

    public static IServiceCollection AddWegweiserSecurity(this IServiceCollection services, WegweiserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.Configure<ForwardedHeadersOptions>(o => ConfigureProxies(o, options.ReverseProxy));

        // Over HTTPS (as the public address says) every cookie is Secure and carries the __Host- prefix.
        var https = PublicUrl.IsHttps(options.PublicBaseUrl);
        var prefix = https ? HostPrefix : "";
        var secure = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.PostConfigureAll<CookieAuthenticationOptions>(o =>
        {
            o.Cookie.Name = prefix + (o.Cookie.Name ?? "wegweiser.cookie");
            o.Cookie.SecurePolicy = secure;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            // The handler would build the sign-in address on the request's Host header; a relative one needs no host.
            o.Events.OnRedirectToLogin = Relative(o.Events.OnRedirectToLogin);
            o.Events.OnRedirectToAccessDenied = Relative(o.Events.OnRedirectToAccessDenied);
            o.Events.OnRedirectToLogout = Relative(o.Events.OnRedirectToLogout);
            o.Events.OnRedirectToReturnUrl = Relative(o.Events.OnRedirectToReturnUrl);
        });
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = prefix + "wegweiser.antiforgery";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = prefix + "wegweiser.tempdata";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });

        AddRateLimits(services, options.RateLimits);
        return services;
    }

    /// <summary>One fixed window per limited kind of request and client address (<see cref="RateLimitRules"/>).</summary>
    private static void AddRateLimits(IServiceCollection services, RateLimitOptions limits) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitRejection.OnRejectedAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (RateLimitPolicy Policy, string Client)>(context =>
            {
                var policy = RateLimitRules.PolicyOf(context.Request);
                if (policy == RateLimitPolicy.None)
                {
                    return RateLimitPartition.GetNoLimiter((policy, ""));
                }

                var rule = RuleOf(limits, policy);
                return RateLimitPartition.GetFixedWindowLimiter((policy, ClientAddress.Of(context)), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, rule.PermitLimit),
                    Window = rule.Window,
                    QueueLimit = 0,
                });
            });
        });

    /// <summary>
    /// Forwarded headers, security headers, and the rate limiter with its own status page for
    /// limited paths only; call it just before the public response cache, so limits count on
    /// cache hits too.
    /// </summary>
    public static WebApplication UseWegweiserSecurity(this WebApplication app, WegweiserOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (options.RateLimits.Enabled)
        {
            app.UseWhen(context => RateLimitRules.PolicyOf(context.Request) != RateLimitPolicy.None, limited =>
            {
                // A refused page request gets the site's error page (in the address's language).
                limited.UseStatusCodePagesWithReExecute("/fehler/{0}");
                limited.UseRateLimiter();
            });
        }

        return app;
    }

    public static RateLimitRule RuleOf(RateLimitOptions limits, RateLimitPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return policy switch
        {
            RateLimitPolicy.SignIn => limits.SignIn,
            RateLimitPolicy.PasswordReset => limits.PasswordReset,
            RateLimitPolicy.Forms => limits.Forms,
            RateLimitPolicy.Search => limits.Search,
            RateLimitPolicy.Suggestions => limits.Suggestions,
            RateLimitPolicy.Feeds => limits.Feeds,
            _ => throw new ArgumentOutOfRangeException(nameof(policy)),
        };
    }

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> Relative(Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect) =>
        context =>
        {
            if (Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            {
                context.RedirectUri = absolute.PathAndQuery;
            }

            return redirect(context);
        };

    private static void ConfigureProxies(ForwardedHeadersOptions o, ReverseProxyOptions proxies)
    {
        // The client's address and scheme only; the host comes from Wegweiser:PublicBaseUrl.
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (proxies.KnownProxies.Count == 0 && proxies.KnownNetworks.Count == 0)
        {
            return; // ASP.NET Core's default: loopback only
        }

        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.KnownProxies)
        {
            o.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"Wegweiser:ReverseProxy:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in proxies.KnownNetworks)
        {
            o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Wegweiser:ReverseProxy:KnownNetworks: '{network}' is not a network such as 10.0.0.0/24."));
        }
    }
}
