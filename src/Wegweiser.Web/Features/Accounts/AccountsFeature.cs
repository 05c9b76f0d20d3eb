using Microsoft.AspNetCore.Identity;
using Wegweiser.Data;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Staff accounts: ASP.NET Core Identity on the site's database, the second factor for the admin
/// area, staff sessions with an absolute lifetime, password reset and account administration.
/// </summary>
public static class AccountsFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<WegweiserDbContext>()
            .AddErrorDescriber<GermanIdentityErrors>()
            .AddDefaultTokenProviders();
        // Password-reset links (Identity's data-protection tokens) work for two hours and only once:
        // setting the new password changes the security stamp the token is bound to.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddTwoFactorForAdminArea();
        services.AddStaffSessions();
        services.AddSingleton<PasswordResetLimiter>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/konto/anmelden";
            o.AccessDeniedPath = "/konto/anmelden";
            o.Cookie.Name = "wegweiser.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        return services;
    }
}
