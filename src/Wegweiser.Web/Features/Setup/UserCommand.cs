using Microsoft.AspNetCore.Identity;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Accounts.Administration;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Setup;

/// <summary>
/// <c>user add NAME --email ADDRESS --role ROLE [--cultures ar,fa] [--language uk] [--organisations key1,key2]</c>:
/// creates an account and shows its password once. Translators may edit only the cultures given;
/// providers only the entries of the organisations given (keys of organisation entries).
/// </summary>
public static class UserCommand
{
    /// <summary>Who the audit trail names for changes made on the command line.</summary>
    public const string Actor = "cli";

    public static async Task<int> AddAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (AddArguments.Parse(args, error) is not { } input)
        {
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<SiteInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureAdministratorAsync();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        if (!await input.DropUnknownAsync(accounts, error))
        {
            return 2;
        }

        var created = await accounts.CreateAsync(input.Name, input.Email, input.Role, input.Cultures, input.Organisations, Actor, language: input.Language);
        if (!created.Succeeded)
        {
            error.WriteLine("Das Konto wurde nicht angelegt:");
            foreach (var problem in created.Problems)
            {
                error.WriteLine($"  {problem.Text ?? problem.Key}");
            }

            return 1;
        }

        output.WriteLine($"Konto „{input.Name}“ ({input.Role}) angelegt.");
        output.WriteLine($"Passwort: {created.Password}");
        output.WriteLine("Das Passwort wird nur dieses eine Mal angezeigt.");
        if (scope.ServiceProvider.GetRequiredService<TwoFactorPolicy>().IsRequiredFor([input.Role]))
        {
            output.WriteLine("Bei der ersten Anmeldung richtet das Konto die Anmeldung mit zweitem Schritt (Authenticator-App) ein.");
        }

        return 0;
    }

    /// <summary>What <c>user add</c> was given.</summary>
    private sealed record AddArguments(string Name, string Email, string Role, string? Language, List<string> Cultures, List<string> Organisations)
    {
        /// <summary>The arguments, or null after telling how to call the command.</summary>
        public static AddArguments? Parse(string[] args, TextWriter error)
        {
            string? name = null, email = null, role = null, language = null;
            List<string> cultures = [], organisations = [];
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
                        cultures.AddRange(List(args[++i]));
                        break;
                    case "--language" when i + 1 < args.Length:
                        language = args[++i].Trim();
                        break;
                    case "--organisations" when i + 1 < args.Length:
                        organisations.AddRange(List(args[++i]));
                        break;
                    case var value when name is null && !value.StartsWith("--", StringComparison.Ordinal):
                        name = value;
                        break;
                    default:
                        error.WriteLine($"Unbekannte Angabe: {args[i]}. Aufruf: user add NAME --email ADRESSE --role ROLLE");
                        return null;
                }
            }

            var knownRole = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
            if (name is null || email is null || knownRole is null)
            {
                error.WriteLine("Aufruf: user add NAME --email ADRESSE --role ROLLE");
                error.WriteLine($"Rollen: {string.Join(", ", Roles.All)}");
                return null;
            }

            return new AddArguments(name, email, knownRole, language, cultures, organisations);
        }

        /// <summary>Skips unknown languages and organisations with a note; false when the email language is unknown.</summary>
        public async Task<bool> DropUnknownAsync(AccountAdministration accounts, TextWriter error)
        {
            foreach (var culture in Cultures.Where(c => !accounts.TranslationCultures.Contains(c)).ToList())
            {
                error.WriteLine($"Unbekannte Sprache „{culture}“ übersprungen. Sprachen der Website: {string.Join(", ", accounts.TranslationCultures)}");
                Cultures.Remove(culture);
            }

            if (Language is not null && Language != Wegweiser.Core.Content.Cultures.Source && !accounts.TranslationCultures.Contains(Language))
            {
                error.WriteLine($"Unbekannte Sprache „{Language}“ für die E-Mails. Sprachen der Website: {string.Join(", ", accounts.TranslationCultures)}");
                return false;
            }

            var known = (await accounts.OrganisationsAsync()).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var organisation in Organisations.Where(o => !known.Contains(o)).ToList())
            {
                error.WriteLine($"Unbekannte Organisation „{organisation}“ übersprungen.");
                Organisations.Remove(organisation);
            }

            return true;
        }

        private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// <c>user reset-two-factor NAME</c>: for someone who lost the phone and the recovery codes.
    /// Switches two-factor sign-in off, forgets the authenticator key and the recovery codes; staff
    /// set it up again at the next sign-in.
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

        await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ResetTwoFactorAsync(user.Id, Actor);
        output.WriteLine($"Die Anmeldung mit zweitem Schritt ist für „{name}“ ausgeschaltet; alte Codes gelten nicht mehr.");
        if (scope.ServiceProvider.GetRequiredService<TwoFactorPolicy>().IsRequiredFor(await users.GetRolesAsync(user)))
        {
            output.WriteLine("Bei der nächsten Anmeldung richtet das Konto sie neu ein.");
        }

        return 0;
    }
}
