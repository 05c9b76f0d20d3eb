using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Data.Recipes;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Brings the database up to date at start-up and, on the very first start, applies the
/// configured recipe and creates the first administrator. A second start changes nothing.
/// </summary>
public sealed class SiteInitializer(
    WegweiserDbContext db,
    RecipeApplier recipes,
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<WegweiserOptions> options,
    IHostEnvironment environment,
    Security.DataProtectionKeyImport keyImport,
    ILogger<SiteInitializer> logger)
{
    /// <summary>Initializes the site before it takes requests; false (after a fatal log line) when the start-up recipe failed and the site must not start.</summary>
    public static async Task<bool> RunAtStartAsync(IServiceProvider services, Serilog.ILogger siteLogger)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<SiteInitializer>().InitializeAsync();
            return true;
        }
        catch (Wegweiser.Core.Recipes.RecipeException e)
        {
            siteLogger.Fatal("The start-up recipe was not applied; the database is unchanged. {Problem}", e.Message);
            return false;
        }
    }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await MigrateAsync(ct);
        var setup = options.Value.Setup;
        var firstStart = !await db.AppliedRecipes.AnyAsync(ct) && !await db.ContentItems.AnyAsync(ct);
        if (firstStart && !string.Equals(setup.Recipe, "none", StringComparison.OrdinalIgnoreCase))
        {
            await ApplyRecipeAsync(setup.Recipe, ct);
        }

        await EnsureAdministratorAsync(ct);
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await using var migrationLock = await Faults.SqliteMigrationLock.TakeAsync(db, logger, ct);
            logger.LogInformation("Applying {Count} database migrations ({Provider})", pending.Count, db.Database.ProviderName);
            await db.Database.MigrateAsync(ct);
        }

        if (await SqliteJournal.UseWriteAheadLogAsync(db, ct) is { } mode and not "wal")
        {
            logger.LogWarning("The SQLite database stays in {JournalMode} mode (another process has it open); writes may wait for readers until the next start", mode);
        }

        await keyImport.ImportAsync(ct);
    }

    public async Task<RecipeResult> ApplyRecipeAsync(string name, CancellationToken ct = default)
    {
        var result = await recipes.ApplyAsync(options.Value.ResolveRecipesFolder(environment.ContentRootPath), name, ct);
        if (result.Applied.Count > 0)
        {
            logger.LogInformation("Applied recipes {Recipes}: {Terms} taxonomy terms, {Items} content items", result.Applied, result.Terms, result.Items);
        }
        else
        {
            logger.LogInformation("Recipe {Recipe} was applied before; nothing to do", name);
        }

        return result;
    }

    /// <summary>
    /// Creates the first administrator if there is no account yet. A generated password goes to
    /// the console only, never to the log files.
    /// </summary>
    public async Task EnsureAdministratorAsync(CancellationToken ct = default)
    {
        foreach (var role in Features.Accounts.Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (await users.Users.AnyAsync(ct))
        {
            return;
        }

        var setup = options.Value.Setup;
        var generated = string.IsNullOrEmpty(setup.AdminPassword);
        var password = generated ? GeneratePassword() : setup.AdminPassword!;
        var admin = new IdentityUser { UserName = setup.AdminUserName, Email = setup.AdminEmail, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: "
                + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Features.Accounts.Roles.Administrator);
        logger.LogInformation("Created the first administrator {UserName}", admin.UserName);
        if (generated)
        {
            Console.WriteLine();
            Console.WriteLine("  Erster Administrator angelegt.");
            Console.WriteLine($"  Benutzername: {admin.UserName}");
            Console.WriteLine($"  Passwort:     {password}");
            Console.WriteLine("  Das Passwort wird nur dieses eine Mal angezeigt. Bitte notieren und nach der Anmeldung ändern.");
            Console.WriteLine("  Bei der ersten Anmeldung richten Sie die Anmeldung mit zweitem Schritt (Authenticator-App) ein.");
            Console.WriteLine();
        }
    }

    /// <summary>A password that is easy to read aloud and meets the password rules.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        // Groups of five with dashes: easy to read aloud, and meets Identity's rules (digit, cases, symbol).
        var raw = string.Concat(chars);
        return $"{raw[..5]}-{raw[5..10]}-{raw[10..15]}-{raw[15..]}-Q7r";
    }
}
