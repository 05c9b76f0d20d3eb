using System.Globalization;
using System.Text;
using MimeKit;
using MimeKit.Text;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Email;

/// <summary>
/// Turns an <see cref="EmailMessage"/> into MIME. One <c>text/plain</c> body (UTF-8), the German
/// text first and, after a separator line naming the language in its own script, the second
/// language. Not multipart/alternative: clients would show only one of the parts. Not two parts
/// of multipart/mixed either: several clients show a second text part as an attachment. A single
/// plain body reads the same everywhere; each paragraph takes its own direction, so Arabic and
/// Farsi paragraphs read right to left below the German.
/// </summary>
public static class EmailComposer
{
    /// <summary>The line between the German text and the second language.</summary>
    public const string Separator = "------------------------------------------------------------";

    public static MimeMessage Compose(EmailMessage message, string from)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Translation is { } t ? $"{message.Subject} / {t.Subject}" : message.Subject;
        var domain = mime.From.Mailboxes.First().Domain;
        mime.MessageId = message.MessageKey is { Length: > 0 } key ? $"{key}@{domain}" : MimeKit.Utils.MimeUtils.GenerateMessageId(domain);
        mime.Headers.Add(HeaderId.ContentLanguage, message.Translation is { } l ? $"de, {l.Culture}" : "de");
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Body = new TextPart(TextFormat.Plain)
        {
            Text = Body(message),
            // Quoted-printable keeps German text readable in the raw file; every client decodes it.
            ContentTransferEncoding = ContentEncoding.QuotedPrintable,
        };
        ((TextPart)mime.Body).ContentType.Charset = "utf-8";
        return mime;
    }

    /// <summary>The plain-text body: German, then the separator, the language's name and the translation.</summary>
    public static string Body(EmailMessage message)
    {
        var text = new StringBuilder(Normalize(message.Text));
        if (message.Translation is { } translation)
        {
            text.Append("\r\n\r\n").Append(Separator).Append("\r\n")
                .Append(SiteCultureInfo.Autonym(translation.Culture)).Append("\r\n")
                .Append(Separator).Append("\r\n\r\n")
                .Append(Normalize(translation.Text));
        }

        return text.Append("\r\n").ToString();
    }

    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>A file name for the pickup folder that sorts by time and never repeats.</summary>
    public static string FileName(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
}
