using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary>
/// The one place that creates and changes accounts, for the page <c>/admin/konten</c> and the
/// <c>user</c> verbs alike: an account has one role, languages (a translator's to edit), a
/// language for its emails besides German (<see cref="AccountLanguage"/>), and as a provider the organisations whose entries it may edit. Every change is checked in full first
/// (a refusal changes nothing) and written to the audit trail with who did it.
/// </summary>
public sealed partial class AccountAdministration(
    WegweiserDbContext db, ContentStore store, AuditTrail audit, UserManager<IdentityUser> users, IOptions<WegweiserOptions> options, TimeProvider time, ILogger<AccountAdministration> logger)
{
    /// <summary>A disabled account is locked out until the end of time.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public IReadOnlyList<string> SiteCultures => options.Value.SiteCultures;

    /// <summary>The languages a translator may be given: the site's, without German.</summary>
    public IReadOnlyList<string> TranslationCultures => SiteCultures.Where(c => c != Cultures.Source).ToList();

    public static bool IsDisabled(IdentityUser user) => user.LockoutEnd is { } end && end >= DisabledUntil.AddYears(-1);

    /// <summary>Organisation entries (key, German title) a provider can be linked to, by title.</summary>
    public async Task<IReadOnlyList<(string Key, string Title)>> OrganisationsAsync(CancellationToken ct = default)
    {
        var items = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => i.Type == ContentType.Organisation).ToListAsync(ct);
        return items.Select(i => (i.Key, i.Latest.Translation(Cultures.Source)?.Title ?? i.Key))
            .OrderBy(o => o.Item2, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>How many accounts there are.</summary>
    public Task<int> CountAsync(CancellationToken ct = default) => db.Users.CountAsync(ct);

    /// <summary>A page of accounts, by name.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(int skip, int take, CancellationToken ct = default)
    {
        var page = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).Skip(skip).Take(take).ToListAsync(ct);
        return await SummariesAsync(page, ct);
    }

    public async Task<AccountSummary?> FindAsync(string id, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? null : (await SummariesAsync([user], ct))[0];
    }

    /// <summary>
    /// Creates an account with a generated password (returned once). Unknown languages or
    /// organisations, an unknown role, a taken name or address: refused, nothing created.
    /// </summary>
    public async Task<AccountChange> CreateAsync(string? name, string? email, string? role, IReadOnlyCollection<string> cultures, IReadOnlyCollection<string> organisations, string actor, CancellationToken ct = default, string? language = null)
    {
        var problems = new List<AccountProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new("Name", "Accounts.Error.Name"));
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            problems.Add(new("Email", "Accounts.Error.Email"));
        }

        var knownRole = KnownRole(role);
        if (knownRole is null)
        {
            problems.Add(new("Role", "Accounts.Error.Role"));
        }

        problems.AddRange(await CheckLinksAsync(cultures, organisations, ct, language));
        if (problems.Count > 0)
        {
            return new AccountChange(problems);
        }

        var password = SiteInitializer.GeneratePassword();
        var user = new IdentityUser { UserName = name!.Trim(), Email = email!.Trim(), EmailConfirmed = true };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new AccountChange(created.Errors.Select(e => new AccountProblem(e.Code.Contains("Email", StringComparison.Ordinal) ? "Email" : "Name", "Accounts.Error.Identity", e.Description)).ToList());
        }

        await users.AddToRoleAsync(user, knownRole!);
        await AddClaimsAsync(user, StaffClaims.Culture, cultures);
        await AddClaimsAsync(user, StaffClaims.Organisation, knownRole == Roles.Provider ? organisations : []);
        await AddClaimsAsync(user, AccountLanguage.ClaimType, StoredLanguage(language) is { } second ? [second] : []);
        Audit(AuditActions.AccountCreated, actor, user, new AuditDetails { Role = knownRole, Cultures = [.. cultures], Organisations = [.. organisations], Language = StoredLanguage(language) });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Account {UserId} created with role {Role}", user.Id, knownRole);
        return AccountChange.Done(user.Id, password);
    }

    /// <summary>
    /// Gives the account one role and its languages (a translator's to edit, a provider's for
    /// emails); a provider's organisation links go when it stops being a provider.
    /// </summary>
    public async Task<AccountChange> ChangeRoleAsync(string id, string? role, IReadOnlyCollection<string> cultures, string actor, string? actorId, CancellationToken ct = default, string? language = null)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountChange.Refused(new AccountProblem("Role", "Accounts.Error.NotFound"));
        }

        var knownRole = KnownRole(role);
        var problems = new List<AccountProblem>();
        if (knownRole is null)
        {
            problems.Add(new("Role", "Accounts.Error.Role"));
        }
        else if (id == actorId && knownRole != Roles.Administrator)
        {
            problems.Add(new("Role", "Accounts.Error.Self"));
        }

        problems.AddRange(await CheckLinksAsync(cultures, [], ct, language));
        if (problems.Count > 0)
        {
            return new AccountChange(problems);
        }

        var before = await users.GetRolesAsync(user);
        var beforeClaims = await users.GetClaimsAsync(user);
        var beforeCultures = beforeClaims.Where(c => c.Type == StaffClaims.Culture).Select(c => c.Value).ToList();
        var beforeLanguage = beforeClaims.FirstOrDefault(c => c.Type == AccountLanguage.ClaimType)?.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.RemoveFromRolesAsync(user, before);
        await users.AddToRoleAsync(user, knownRole!);
        await ReplaceClaimsAsync(user, StaffClaims.Culture, cultures);
        await ReplaceClaimsAsync(user, AccountLanguage.ClaimType, StoredLanguage(language) is { } second ? [second] : []);
        if (knownRole != Roles.Provider)
        {
            await ReplaceClaimsAsync(user, StaffClaims.Organisation, []);
        }

        Audit(AuditActions.AccountRole, actor, user, new AuditDetails
        {
            RolesFrom = [.. before], Role = knownRole, CulturesFrom = beforeCultures, Cultures = [.. cultures], LanguageFrom = beforeLanguage, Language = StoredLanguage(language),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AccountChange.Done(user.Id);
    }

    /// <summary>Links a provider account to organisation entries (replacing its links).</summary>
    public async Task<AccountChange> LinkOrganisationsAsync(string id, IReadOnlyCollection<string> organisations, string actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountChange.Refused(new AccountProblem("Organisations", "Accounts.Error.NotFound"));
        }

        if (!await users.IsInRoleAsync(user, Roles.Provider))
        {
            return AccountChange.Refused(new AccountProblem("Organisations", "Accounts.Error.NotProvider"));
        }

        var problems = await CheckLinksAsync([], organisations, ct);
        if (problems.Count > 0)
        {
            return new AccountChange(problems);
        }

        var before = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffClaims.Organisation).Select(c => c.Value).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ReplaceClaimsAsync(user, StaffClaims.Organisation, organisations);
        Audit(AuditActions.AccountOrganisations, actor, user, new AuditDetails { OrganisationsFrom = before, Organisations = [.. organisations] });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AccountChange.Done(user.Id);
    }

    /// <summary>Disables the account: it cannot sign in, and its sessions end (new security stamp).</summary>
    public async Task<AccountChange> DisableAsync(string id, string actor, string? actorId, CancellationToken ct = default)
    {
        if (id == actorId)
        {
            return AccountChange.Refused(new AccountProblem("Disable", "Accounts.Error.Self"));
        }

        return await ChangeAsync(id, AuditActions.AccountDisabled, actor, async user =>
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DisabledUntil);
            await users.UpdateSecurityStampAsync(user);
        }, ct);
    }

    /// <summary>Lets a disabled account sign in again.</summary>
    public Task<AccountChange> EnableAsync(string id, string actor, CancellationToken ct = default) =>
        ChangeAsync(id, AuditActions.AccountEnabled, actor, async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }, ct);

    /// <summary>
    /// For someone who lost the phone and the recovery codes: switches two-factor sign-in off and
    /// forgets the key and codes (which ends the account's sessions); staff set it up again at the
    /// next sign-in.
    /// </summary>
    public Task<AccountChange> ResetTwoFactorAsync(string id, string actor, CancellationToken ct = default) =>
        ChangeAsync(id, AuditActions.AccountTwoFactorReset, actor, async user =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            // Identity keeps the recovery codes as one token; a new set of none forgets them all.
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        }, ct);

    /// <summary>Notes a new session of the account (called once per sign-in).</summary>
    public async Task RecordSignInAsync(string userId, DateTime utc)
    {
        var updated = await db.AccountActivities.Where(a => a.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastSignInUtc, utc));
        if (updated > 0)
        {
            return;
        }

        try
        {
            db.AccountActivities.Add(new AccountActivity { UserId = userId, LastSignInUtc = utc });
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e)
        {
            // Two sign-ins of a new account at once: the other one wrote the row.
            logger.LogWarning(e, "Last sign-in of {UserId} not recorded", userId);
        }
    }

    public static string? KnownRole(string? role) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
