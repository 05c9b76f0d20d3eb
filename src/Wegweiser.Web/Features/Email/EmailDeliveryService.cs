using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Features.Email;

/// <summary>Delivers the <see cref="EmailOutbox"/>'s messages one after another, in the background.</summary>
public sealed class EmailDeliveryService(EmailOutbox outbox, IEmailSender sender, IOptions<EmailOptions> options, IHostEnvironment environment, EmailPickupFolder pickup, ILogger<EmailDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Say once where mail goes: a production site without an SMTP host would otherwise
        // write its emails into a folder nobody reads, silently.
        if (options.Value.UsesPickupFolder(environment.IsDevelopment()))
        {
            logger.Log(environment.IsDevelopment() ? LogLevel.Information : LogLevel.Warning,
                "Emails are written to the pickup folder {Folder}, not sent (set Wegweiser:Email:Host to send them)", pickup.Path);
        }
        else
        {
            logger.LogInformation("Emails are sent over SMTP to {Host}:{Port}", options.Value.Host, options.Value.Port);
        }

        try
        {
            await foreach (var message in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await sender.SendAsync(message, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The kind of error and the SMTP status only: a server's message may quote the address.
                    var status = e is MailKit.Net.Smtp.SmtpCommandException command ? (int)command.StatusCode : 0;
                    logger.LogError("Email {Purpose} was not delivered: {Error} (SMTP status {Status})", message.Purpose, e.GetType().Name, status);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
