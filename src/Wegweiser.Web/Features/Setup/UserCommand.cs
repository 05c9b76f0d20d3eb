using Microsoft.AspNetCore.Identity;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Setup;

/// <summary>
/// <c>user add NAME --email ADDRESS --role ROLE [--cultures ar,fa] [--organisations key1,key2]</c>:
/// creates an account and shows its password once. Translators may edit only the cultures given;
/// providers only the entries of the organisations given (keys of organisation entries).
/// </summary>
public static class UserCommand
{
    public static async Task<int> AddAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        string? name = null, email = null, role = null;
        var cultures = new List<string>();
        var organisations = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--email" when i + 1 < args.Length:
                    email = args[++i];
                    break;
                case "--role" when i + 1 < args.Length:
                    role = args[++i];
                    break;
                case "--cultures" when i + 1 < args.Length:
                    cultures.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--organisations" when i + 1 < args.Length:
                    organisations.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case var value when name is null && !value.StartsWith("--", StringComparison.Ordinal):
                    name = value;
                    break;
                default:
                    error.WriteLine($"Unbekannte Angabe: {args[i]}. Aufruf: user add NAME --email ADRESSE --role ROLLE");
                    return 2;
            }
        }

        var knownRole = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (name is null || email is null || knownRole is null)
        {
            error.WriteLine("Aufruf: user add NAME --email ADRESSE --role ROLLE");
            error.WriteLine($"Rollen: {string.Join(", ", Roles.All)}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<SiteInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureAdministratorAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var password = SiteInitializer.GeneratePassword();
        var user = new IdentityUser { UserName = name, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            error.WriteLine("Das Konto wurde nicht angelegt:");
            foreach (var problem in created.Errors)
            {
                error.WriteLine($"  {problem.Description}");
            }

            return 1;
        }

        await users.AddToRoleAsync(user, knownRole);
        var siteCultures = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WegweiserOptions>>().Value.SiteCultures;
        foreach (var culture in cultures)
        {
            if (!siteCultures.Contains(culture))
            {
                error.WriteLine($"Unbekannte Sprache „{culture}“ übersprungen. Sprachen der Website: {string.Join(", ", siteCultures)}");
                continue;
            }

            await users.AddClaimAsync(user, new System.Security.Claims.Claim(Translation.EditModel.CultureClaim, culture));
        }
        var db = scope.ServiceProvider.GetRequiredService<Wegweiser.Data.WegweiserDbContext>();
        foreach (var organisation in organisations)
        {
            if (!db.ContentItems.Any(i => i.Key == organisation && i.Type == Wegweiser.Core.Content.ContentType.Organisation))
            {
                error.WriteLine($"Unbekannte Organisation „{organisation}“ übersprungen.");
                continue;
            }

            await users.AddClaimAsync(user, new System.Security.Claims.Claim(Editorial.EditorPermissions.OrganisationClaim, organisation));
        }

        output.WriteLine($"Konto „{name}“ ({knownRole}) angelegt.");
        output.WriteLine($"Passwort: {password}");
        output.WriteLine("Das Passwort wird nur dieses eine Mal angezeigt.");
        if (Roles.RequireTwoFactor.Contains(knownRole))
        {
            output.WriteLine("Bei der ersten Anmeldung richtet das Konto die Anmeldung mit zweitem Schritt (Authenticator-App) ein.");
        }

        return 0;
    }

    /// <summary>
    /// <c>user reset-two-factor NAME</c>: for someone who lost the phone and the recovery codes.
    /// Switches two-factor sign-in off, forgets the authenticator key and the recovery codes; an
    /// administrator or publisher sets it up again at the next sign-in.
    /// </summary>
    public static async Task<int> ResetTwoFactorAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var name])
        {
            error.WriteLine("Aufruf: user reset-two-factor NAME");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            error.WriteLine($"Es gibt kein Konto „{name}“.");
            return 1;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        // Identity keeps the recovery codes as one token; a new set of none forgets them all.
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        output.WriteLine($"Die Anmeldung mit zweitem Schritt ist für „{name}“ ausgeschaltet; alte Codes gelten nicht mehr.");
        if ((await users.GetRolesAsync(user)).Any(r => Roles.RequireTwoFactor.Contains(r)))
        {
            output.WriteLine("Bei der nächsten Anmeldung richtet das Konto sie neu ein.");
        }

        return 0;
    }
}
