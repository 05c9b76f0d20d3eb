using MailKit.Net.Smtp;

namespace Wegweiser.Web.Features.Email;

/// <summary>
/// What a failed <see cref="IEmailSender.SendAsync"/> means, so that no other feature needs to know
/// MailKit's or MimeKit's exception types.
/// </summary>
public static class EmailFailure
{
    /// <summary>The address itself is refused (5xx to the recipient) or cannot be written as an address: sending again will not help.</summary>
    public static bool IsRefusal(Exception e) =>
        e is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } command && (int)command.StatusCode >= 500
        || e is FormatException or MimeKit.ParseException;

    /// <summary>The server's problem, not the address's (unreachable, refused the sign-in, broke off, timed out): try again later.</summary>
    public static bool IsTransient(Exception e) =>
        e is SmtpCommandException or MailKit.ProtocolException or MailKit.ServiceNotConnectedException
            or MailKit.Security.AuthenticationException or IOException or System.Net.Sockets.SocketException or TimeoutException;
}
