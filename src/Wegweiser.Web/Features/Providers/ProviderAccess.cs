using Microsoft.AspNetCore.Identity;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Accounts.Administration;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Gives an email address a provider account for an organisation: a new account (named by its
/// address, with a random password nobody knows), or a link added to an existing provider account.
/// Either way the address gets an email with a link to set its password (the password-reset
/// token of <see cref="ResetPasswordModel"/>). Accounts with another role are left alone: staff decide.
/// </summary>
public sealed class ProviderAccess(UserManager<IdentityUser> users, AccountAdministration accounts, EmailOutbox outbox, ILogger<ProviderAccess> logger)
{
    public const string EmailPurpose = "provider-access";

    public enum Outcome { Granted, OtherRole, Refused }

    /// <summary>Creates or links the account and mails the set-password link; <paramref name="baseUrl"/> is the site's public address.</summary>
    public async Task<Outcome> GrantAsync(string email, string organisationKey, string organisationTitle, string actor, string baseUrl, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var created = await accounts.CreateAsync(email, email, Roles.Provider, [], [organisationKey], actor, ct);
            if (!created.Succeeded)
            {
                logger.LogWarning("Provider account not created: {Problems}", string.Join(", ", created.Problems.Select(p => p.Key)));
                return Outcome.Refused;
            }

            user = await users.FindByIdAsync(created.UserId!);
        }
        else if (AccountAdministration.IsDisabled(user) || !await users.IsInRoleAsync(user, Roles.Provider))
        {
            return Outcome.OtherRole;
        }
        else
        {
            var linked = await OrganisationsOfAsync(user);
            if (!linked.Contains(organisationKey) && !(await accounts.LinkOrganisationsAsync(user.Id, [.. linked, organisationKey], actor, ct)).Succeeded)
            {
                return Outcome.Refused;
            }
        }

        await MailAsync(user!, organisationTitle, baseUrl);
        return Outcome.Granted;
    }

    /// <summary>The organisation keys a provider account is linked to.</summary>
    public async Task<IReadOnlyList<string>> OrganisationsOfAsync(IdentityUser user) =>
        (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffClaims.Organisation).Select(c => c.Value).ToList();

    private async Task MailAsync(IdentityUser user, string organisationTitle, string baseUrl)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = PublicUrl.Combine(baseUrl, ResetPasswordModel.Link(user.Id, token));
        var signIn = PublicUrl.Combine(baseUrl, "/konto/anmelden");
        var message = EmailTemplates.Compose(user.Email!, "ProviderAccess", EmailPurpose, null, _ => [organisationTitle, user.UserName, link, signIn]);
        if (!outbox.Enqueue(message))
        {
            logger.LogWarning("Provider access email for user {UserId} dropped: the email queue is full", user.Id);
        }
    }
}
