using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Wegweiser.Web.Features.Email;

/// <summary>
/// Sends with MailKit over SMTP, or writes each message as an .eml file into the pickup folder
/// (Development, or no SMTP host configured). Logs only the purpose and the message id: never
/// addresses or text, which may carry links with tokens.
/// </summary>
public sealed class EmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider clock, EmailPickupFolder pickup, ILogger<EmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mime = EmailComposer.Compose(message, settings.From);
        if (settings.UsesPickupFolder(environment.IsDevelopment()))
        {
            System.IO.Directory.CreateDirectory(pickup.Path);
            var path = Path.Combine(pickup.Path, EmailComposer.FileName(clock.GetUtcNow()));
            await mime.WriteToAsync(FormatOptions.Default, path + ".tmp", cancellationToken);
            File.Move(path + ".tmp", path);
            logger.LogInformation("Email {Purpose} {MessageId} written to the pickup folder", message.Purpose, mime.MessageId);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Wegweiser:Email:Host is not set."), settings.Port, settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await smtp.SendAsync(mime, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Email {Purpose} {MessageId} sent over SMTP", message.Purpose, mime.MessageId);
    }
}
