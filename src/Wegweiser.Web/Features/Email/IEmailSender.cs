namespace Wegweiser.Web.Features.Email;

/// <summary>Delivers one email now: over SMTP, or into the pickup folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
