using Microsoft.AspNetCore.Identity;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Tells a provider in plain German when a publisher published their draft, sent it back with a
/// comment or rejected it with a reason: to the address of the provider account that wrote the version. Versions by staff get
/// no email.
/// </summary>
public sealed class ProviderDecisionMailer(UserManager<IdentityUser> users, EmailOutbox outbox, ILogger<ProviderDecisionMailer> logger) : IEntryDecisionListener
{
    public const string Purpose = "provider-decision";

    public async Task DecidedAsync(ContentItem item, ContentVersion version, EntryDecisionKind kind, string? comment, string baseUrl, CancellationToken ct)
    {
        if (version.Author is not { Length: > 0 } author || await users.FindByNameAsync(author) is not { Email: { Length: > 0 } email } user
            || !await users.IsInRoleAsync(user, Roles.Provider))
        {
            return;
        }

        var title = version.Translation(Cultures.Source)?.Title ?? item.Key;
        var home = PublicUrl.Combine(baseUrl, AdminLinks.ProviderHome);
        var message = kind switch
        {
            EntryDecisionKind.Published => EmailTemplates.Compose(email, "ProviderDraftPublished", Purpose, null, _ => [title, home]),
            EntryDecisionKind.SentBack => EmailTemplates.Compose(email, "ProviderDraftSentBack", Purpose, null, _ => [title, comment ?? "", home]),
            _ => EmailTemplates.Compose(email, "ProviderDraftRejected", Purpose, null, _ => [title, comment ?? "", home]),
        };
        if (!outbox.Enqueue(message))
        {
            logger.LogWarning("The email about a decision on entry {Key} could not be queued", item.Key);
        }
    }
}
