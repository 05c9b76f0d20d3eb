namespace Wegweiser.Web.Features.Email;

/// <summary>Delivers the <see cref="EmailOutbox"/>'s messages one after another, in the background.</summary>
public sealed class EmailDeliveryService(EmailOutbox outbox, IEmailSender sender, ILogger<EmailDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
