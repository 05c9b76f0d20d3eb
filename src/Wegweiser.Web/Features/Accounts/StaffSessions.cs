using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Features.Accounts.Administration;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The rules of a signed-in session, on top of Identity's cookie: a session ends
/// <see cref="AccountOptions.AbsoluteSessionHours"/> after its sign-in however active it was (the
/// start is kept in the cookie's protected properties and checked on every request); the security
/// stamp is checked every minute, so disabling an account or resetting its second factor ends
/// its sessions within a minute; that check keeps the session's <c>amr</c> claim, which Identity
/// would otherwise drop. Every new session records the account's last sign-in.
/// </summary>
public static class StaffSessions
{
    /// <summary>The cookie property with the session's start (UTC, round-trip format).</summary>
    public const string StartedItem = ".wegweiser.session-started";

    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddStaffSessions(this IServiceCollection services)
    {
        services.AddSingleton<TwoFactorPolicy>();
        services.AddScoped<AccountAdministration>();
        services.AddOptions<WegweiserOptions>()
            .Validate(o => o.Accounts.UnknownTwoFactorRoles.Count == 0,
                $"Wegweiser:Accounts:RequireTwoFactorFor nennt eine unbekannte Rolle / names an unknown role. Rollen / roles: {string.Join(", ", Roles.All)}")
            .ValidateOnStart();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = StampCheckInterval;
            o.OnRefreshingPrincipal = KeepSecondFactorAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure(o =>
        {
            var stampCheck = o.Events.OnValidatePrincipal;
            var signingIn = o.Events.OnSigningIn;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (!IsWithinLifetime(context.HttpContext, context.Properties))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await stampCheck(context);
            };
            o.Events.OnSigningIn = async context =>
            {
                // A refreshed cookie carries the start of its session on; only a new sign-in starts one.
                if (!context.Properties.Items.ContainsKey(StartedItem))
                {
                    var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                    context.Properties.Items[StartedItem] = now.ToString("O", CultureInfo.InvariantCulture);
                    var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
                    if (userId is not null)
                    {
                        await context.HttpContext.RequestServices.GetRequiredService<AccountAdministration>().RecordSignInAsync(userId, now.UtcDateTime);
                    }
                }

                await signingIn(context);
            };
        });
        return services;
    }

    /// <summary>
    /// Renews this session's cookie for <paramref name="user"/> as one that used the second factor
    /// (after the code was confirmed at the setup), keeping the session's start.
    /// </summary>
    public static async Task SignInWithSecondFactorAsync(HttpContext http, SignInManager<IdentityUser> signIn, IdentityUser user)
    {
        var current = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(user, current.Properties ?? new AuthenticationProperties(),
            [new Claim(TwoFactorPolicy.MethodClaim, TwoFactorPolicy.MultiFactor)]);
    }

    private static bool IsWithinLifetime(HttpContext http, AuthenticationProperties properties)
    {
        if (!properties.Items.TryGetValue(StartedItem, out var value)
            || !DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started))
        {
            // A cookie from before this rule (or one without a start) counts as expired.
            return false;
        }

        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var lifetime = http.RequestServices.GetRequiredService<IOptions<WegweiserOptions>>().Value.Accounts.AbsoluteSessionLifetime;
        return now - started < lifetime;
    }

    private static Task KeepSecondFactorAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var claim in current.FindAll(TwoFactorPolicy.MethodClaim))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }
}
