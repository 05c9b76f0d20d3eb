using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace Wegweiser.Tests.SmtpSink;

/// <summary>
/// Refuses recipients whose name starts with "unbekannt" (as a real server answers 550 for an
/// unknown mailbox), so tests can see how the site handles an address that bounces.
/// </summary>
public sealed class UnknownMailboxFilter : IMailboxFilter
{
    public const string Prefix = "unbekannt";

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(!to.User.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase));
}
