using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Accounts.Administration;
using Wegweiser.Web.Features.Editorial;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Who looks after an organisation's entries, as its providers manage it themselves: invite an
/// address (a new or linked provider account, see <see cref="ProviderAccess"/>) and remove a
/// member's link. Only providers linked to the organisation may do either; nobody removes the
/// last member (so an organisation never locks itself out by mistake). An address that belongs to a
/// staff (or disabled) account gets the same answer as any other and is left alone, so a provider
/// cannot learn which addresses have staff accounts; the log says so without the address.
/// </summary>
public sealed class ProviderTeam(
    WegweiserDbContext db, ContentStore store, UserManager<IdentityUser> users, AccountAdministration accounts, ProviderAccess access, AuditTrail audit, TimeProvider time,
    ILogger<ProviderTeam> logger)
{
    public sealed record Member(string Id, string Name, string? Email);

    public enum Outcome { Done, NotAllowed, LastMember, NotMember, Refused }

    /// <summary>The provider accounts linked to an organisation, by name.</summary>
    public async Task<IReadOnlyList<Member>> MembersAsync(string organisationKey, CancellationToken ct) =>
        await db.UserClaims.Where(c => c.ClaimType == StaffClaims.Organisation && c.ClaimValue == organisationKey)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => u)
            .OrderBy(u => u.NormalizedUserName)
            .Select(u => new Member(u.Id, u.UserName ?? u.Id, u.Email)).ToListAsync(ct);

    /// <summary>The German title of an organisation entry, or null when the key names none.</summary>
    public async Task<string?> TitleAsync(string organisationKey, CancellationToken ct)
    {
        var item = await store.ReadByKeyAsync(organisationKey, ct);
        return item is null || item.Type != ContentType.Organisation ? null : item.Latest.Translation(Cultures.Source)?.Title ?? item.Key;
    }

    public static bool MayManage(ClaimsPrincipal user, string organisationKey) =>
        user.IsInRole(Roles.Provider) && EditorPermissions.Organisations(user).Contains(organisationKey);

    public async Task<Outcome> InviteAsync(ClaimsPrincipal user, string organisationKey, string email, string baseUrl, CancellationToken ct)
    {
        if (!MayManage(user, organisationKey) || await TitleAsync(organisationKey, ct) is not { } title)
        {
            return Outcome.NotAllowed;
        }

        var actor = user.Identity?.Name ?? "?";
        var granted = await access.GrantAsync(email.Trim(), organisationKey, title, actor, baseUrl, ct);
        if (granted == ProviderAccess.Outcome.OtherRole)
        {
            // The neutral answer: nothing changes for that account, nothing is mailed, nothing audited.
            logger.LogWarning("A provider of organisation {Organisation} invited an address of an account that is not a provider's; it was left unchanged", organisationKey);
            return Outcome.Done;
        }

        if (granted != ProviderAccess.Outcome.Granted)
        {
            return Outcome.Refused;
        }

        await RecordAsync(AuditActions.ProviderInvited, actor, organisationKey, ct);
        return Outcome.Done;
    }

    public async Task<Outcome> RemoveAsync(ClaimsPrincipal user, string organisationKey, string memberId, CancellationToken ct)
    {
        if (!MayManage(user, organisationKey))
        {
            return Outcome.NotAllowed;
        }

        var members = await MembersAsync(organisationKey, ct);
        if (members.All(m => m.Id != memberId))
        {
            return Outcome.NotMember;
        }

        if (members.Count == 1)
        {
            return Outcome.LastMember;
        }

        var member = await users.FindByIdAsync(memberId);
        var remaining = (await access.OrganisationsOfAsync(member!)).Where(k => k != organisationKey).ToList();
        var actor = user.Identity?.Name ?? "?";
        if (!(await accounts.LinkOrganisationsAsync(memberId, remaining, actor, ct)).Succeeded)
        {
            return Outcome.Refused;
        }

        await RecordAsync(AuditActions.ProviderRemoved, actor, organisationKey, ct);
        return Outcome.Done;
    }

    /// <summary>One audit line on the organisation entry; the accounts' own lines say whom it concerned.</summary>
    private async Task RecordAsync(string action, string actor, string organisationKey, CancellationToken ct)
    {
        var item = await store.ReadByKeyAsync(organisationKey, ct);
        audit.Record(action, actor, time.GetUtcNow().UtcDateTime, new AuditDetails { Organisations = [organisationKey] }, item?.Id);
        await db.SaveChangesAsync(ct);
    }
}
