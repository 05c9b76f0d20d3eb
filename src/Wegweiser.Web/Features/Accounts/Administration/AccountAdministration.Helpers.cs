using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;

namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary>Reading accounts in bulk, checking links, claims and the audit trail.</summary>
public sealed partial class AccountAdministration
{
    private async Task<IReadOnlyList<AccountSummary>> SummariesAsync(IReadOnlyList<IdentityUser> page, CancellationToken ct)
    {
        var ids = page.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => ids.Contains(c.UserId) && (c.ClaimType == StaffClaims.Culture || c.ClaimType == StaffClaims.Organisation || c.ClaimType == AccountLanguage.ClaimType))
            .ToListAsync(ct);
        var activity = await db.AccountActivities.AsNoTracking().Where(a => ids.Contains(a.UserId)).ToDictionaryAsync(a => a.UserId, a => a.LastSignInUtc, ct);
        return page.Select(u => new AccountSummary(
            u.Id,
            u.UserName ?? u.Id,
            u.Email,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name).OrderBy(r => r, StringComparer.Ordinal).FirstOrDefault(),
            claims.Where(c => c.UserId == u.Id && c.ClaimType == StaffClaims.Culture).Select(c => c.ClaimValue!).Order(StringComparer.Ordinal).ToList(),
            claims.Where(c => c.UserId == u.Id && c.ClaimType == StaffClaims.Organisation).Select(c => c.ClaimValue!).Order(StringComparer.Ordinal).ToList(),
            claims.FirstOrDefault(c => c.UserId == u.Id && c.ClaimType == AccountLanguage.ClaimType)?.ClaimValue,
            u.TwoFactorEnabled,
            IsDisabled(u),
            activity.GetValueOrDefault(u.Id))).ToList();
    }

    /// <summary>The email language as stored: null for German only.</summary>
    private static string? StoredLanguage(string? language) =>
        string.IsNullOrWhiteSpace(language) || language.Trim() == Cultures.Source ? null : language.Trim();

    private async Task<List<AccountProblem>> CheckLinksAsync(IReadOnlyCollection<string> cultures, IReadOnlyCollection<string> organisations, CancellationToken ct, string? language = null)
    {
        var problems = new List<AccountProblem>();
        if (StoredLanguage(language) is { } second && !TranslationCultures.Contains(second))
        {
            problems.Add(new("Language", "Accounts.Error.Language"));
        }

        if (cultures.Any(c => !TranslationCultures.Contains(c)))
        {
            problems.Add(new("Cultures", "Accounts.Error.Culture"));
        }

        if (organisations.Count > 0)
        {
            var wanted = organisations.ToList();
            var known = await db.ContentItems.Where(i => i.Type == ContentType.Organisation && wanted.Contains(i.Key)).Select(i => i.Key).ToListAsync(ct);
            if (wanted.Any(o => !known.Contains(o)))
            {
                problems.Add(new("Organisations", "Accounts.Error.Organisation"));
            }
        }

        return problems;
    }

    private async Task<AccountChange> ChangeAsync(string id, string action, string actor, Func<IdentityUser, Task> change, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountChange.Refused(new AccountProblem("", "Accounts.Error.NotFound"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await change(user);
        Audit(action, actor, user, new AuditDetails());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Account {UserId}: {Action}", user.Id, action);
        return AccountChange.Done(user.Id);
    }

    private async Task AddClaimsAsync(IdentityUser user, string type, IEnumerable<string> values)
    {
        var claims = values.Distinct(StringComparer.Ordinal).Select(v => new Claim(type, v)).ToList();
        if (claims.Count > 0)
        {
            await users.AddClaimsAsync(user, claims);
        }
    }

    private async Task ReplaceClaimsAsync(IdentityUser user, string type, IEnumerable<string> values)
    {
        var old = (await users.GetClaimsAsync(user)).Where(c => c.Type == type).ToList();
        if (old.Count > 0)
        {
            await users.RemoveClaimsAsync(user, old);
        }

        await AddClaimsAsync(user, type, values);
    }

    /// <summary>An audit entry about an account: no item; the details name the account besides what changed.</summary>
    private void Audit(string action, string actor, IdentityUser user, AuditDetails details)
    {
        details.Account = user.UserName;
        details.AccountId = user.Id;
        audit.Record(action, actor, time.GetUtcNow().UtcDateTime, details);
    }
}
