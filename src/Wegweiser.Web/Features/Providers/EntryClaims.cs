using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Claims of entries from submission to decision. A claim never touches the entry: it only gives
/// the claimant a provider account for the entry's organisation (<see cref="ProviderAccess"/>),
/// after the entry's own address confirmed it, or a publisher approved it.
/// </summary>
public sealed class EntryClaims(WegweiserDbContext db, ContentStore store, AuditTrail audit, ProviderAccess access, EmailOutbox outbox, TimeProvider time, ILogger<EntryClaims> logger)
{
    /// <summary>Who decided a claim confirmed through the link, in the audit trail.</summary>
    public const string ByEmail = "E-Mail-Bestätigung";

    public enum Decision { Approved, Rejected, WaitsForStaff, Invalid, Expired, NeedsOrganisation, NotPossible }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Stores the claim; mails the confirmation link to the entry's address, or leaves it to staff.</summary>
    public async Task<EntryClaimState> SubmitAsync(Guid itemId, ClaimTarget target, ClaimInput input, string culture, string baseUrl, CancellationToken ct)
    {
        var claim = new EntryClaim
        {
            ItemId = itemId,
            OrganisationKey = target.OrganisationKey,
            Name = input.Name!.Trim(),
            Email = input.Email!.Trim(),
            Role = input.Role!.Trim(),
            Message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message.Trim(),
            Culture = culture,
            CreatedUtc = Now,
            State = target.ConfirmsByEmail ? EntryClaimState.AwaitingConfirmation : EntryClaimState.AwaitingStaff,
        };
        string? token = null;
        if (target.ConfirmsByEmail)
        {
            token = ClaimTokens.NewToken();
            claim.TokenHash = ClaimTokens.Hash(token);
            claim.TokenExpiresUtc = Now + ClaimTokens.Lifetime;
        }

        db.EntryClaims.Add(claim);
        await db.SaveChangesAsync(ct);
        if (token is not null)
        {
            var link = PublicUrl.Combine(baseUrl, ConfirmClaimModel.PathFor(token));
            var german = SiteCultureInfo.Create(Core.Content.Cultures.Source);
            Send(EmailTemplates.Compose(target.Address!, "ClaimConfirm", "claim-confirm", null, c =>
                [target.Title, claim.Name, claim.Email, claim.Role, claim.Message ?? "–", link, EmailTemplates.Date(claim.TokenExpiresUtc!.Value, german)]));
        }

        return claim.State;
    }

    /// <summary>The claim a link's token belongs to, or why the link does not work.</summary>
    public async Task<(EntryClaim? Claim, Decision State)> FindAsync(string? token, CancellationToken ct)
    {
        if (!ClaimTokens.LooksValid(token))
        {
            return (null, Decision.Invalid);
        }

        var hash = ClaimTokens.Hash(token!);
        var claim = await db.EntryClaims.FirstOrDefaultAsync(c => c.TokenHash == hash, ct);
        return claim is null || claim.State != EntryClaimState.AwaitingConfirmation ? (null, Decision.Invalid)
            : claim.TokenExpiresUtc <= Now ? (claim, Decision.Expired)
            : (claim, Decision.WaitsForStaff);
    }

    /// <summary>The entry's address says yes: the link is used up and the claimant gets access (or, when that is not possible, staff decide).</summary>
    public async Task<Decision> ConfirmAsync(string token, string baseUrl, CancellationToken ct)
    {
        var (claim, state) = await FindAsync(token, ct);
        if (claim is null || state != Decision.WaitsForStaff)
        {
            return state;
        }

        claim.TokenHash = null;
        audit.Record(AuditActions.ClaimConfirmed, ByEmail, Now, Details(claim), claim.ItemId);
        var outcome = await GrantAsync(claim, ByEmail, baseUrl, ct);
        if (outcome != Decision.Approved)
        {
            claim.State = EntryClaimState.AwaitingStaff;
            await db.SaveChangesAsync(ct);
            return Decision.WaitsForStaff;
        }

        return Decision.Approved;
    }

    /// <summary>The entry's address says no: the claim is rejected and the claimant told.</summary>
    public async Task<Decision> DeclineAsync(string token, CancellationToken ct)
    {
        var (claim, state) = await FindAsync(token, ct);
        if (claim is null || state != Decision.WaitsForStaff)
        {
            return state;
        }

        claim.TokenHash = null;
        return await RejectCoreAsync(claim, ByEmail, "Die E-Mail-Adresse des Eintrags hat die Anfrage abgelehnt.", ct);
    }

    /// <summary>A publisher approves a waiting claim.</summary>
    public async Task<Decision> ApproveAsync(long id, string actor, string baseUrl, CancellationToken ct)
    {
        var claim = await WaitingAsync(id, ct);
        if (claim is null)
        {
            return Decision.Invalid;
        }

        return await GrantAsync(claim, actor, baseUrl, ct);
    }

    /// <summary>A publisher rejects a waiting claim with a reason, which the claimant is told.</summary>
    public async Task<Decision> RejectAsync(long id, string actor, string reason, CancellationToken ct)
    {
        var claim = await WaitingAsync(id, ct);
        return claim is null ? Decision.Invalid : await RejectCoreAsync(claim, actor, reason.Trim(), ct);
    }

    private Task<EntryClaim?> WaitingAsync(long id, CancellationToken ct) =>
        db.EntryClaims.FirstOrDefaultAsync(c => c.Id == id && (c.State == EntryClaimState.AwaitingStaff || c.State == EntryClaimState.AwaitingConfirmation), ct);

    private async Task<Decision> GrantAsync(EntryClaim claim, string actor, string baseUrl, CancellationToken ct)
    {
        // The entry may have got an organisation since the claim: decide on what it names now.
        var target = await ClaimTarget.OfAsync(store, claim.ItemId, ct);
        if (target?.OrganisationKey is null)
        {
            return Decision.NeedsOrganisation;
        }

        claim.OrganisationKey = target.OrganisationKey;
        var granted = await access.GrantAsync(claim.Email, target.OrganisationKey, target.OrganisationTitle!, actor, baseUrl, ct);
        if (granted != ProviderAccess.Outcome.Granted)
        {
            return Decision.NotPossible;
        }

        claim.State = EntryClaimState.Approved;
        claim.TokenHash = null;
        claim.DecidedUtc = Now;
        claim.DecidedBy = actor;
        audit.Record(AuditActions.ClaimApproved, actor, Now, Details(claim), claim.ItemId);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Claim {ClaimId} approved by {Actor}", claim.Id, actor);
        return Decision.Approved;
    }

    private async Task<Decision> RejectCoreAsync(EntryClaim claim, string actor, string reason, CancellationToken ct)
    {
        claim.State = EntryClaimState.Rejected;
        claim.DecidedUtc = Now;
        claim.DecidedBy = actor;
        claim.Reason = reason;
        audit.Record(AuditActions.ClaimRejected, actor, Now, Details(claim), claim.ItemId, comment: reason);
        await db.SaveChangesAsync(ct);
        var title = (await ClaimTarget.OfAsync(store, claim.ItemId, ct))?.Title ?? "";
        Send(EmailTemplates.Compose(claim.Email, "ClaimRejected", "claim-rejected", null, _ => [title, reason]));
        return Decision.Rejected;
    }

    /// <summary>The audit line names the claim and the organisation, not the claimant's address.</summary>
    private static AuditDetails Details(EntryClaim claim) =>
        new() { Note = $"Anspruch {claim.Id}", Organisations = claim.OrganisationKey is { } key ? [key] : [] };

    private void Send(EmailMessage message)
    {
        if (!outbox.Enqueue(message))
        {
            logger.LogWarning("Claim email dropped: the email queue is full");
        }
    }
}
