using MimeKit;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Tests.Security;

/// <summary>
/// The XSS corpus through the emails: the only text in them that someone other than the team
/// wrote is an account's user name (in the password-reset email). Whatever it holds, the message
/// stays one plain-text body (no HTML part a mail program would render), and no payload adds or
/// changes a header (no CR/LF injection into the subject or elsewhere).
/// </summary>
public class EmailPayloadTests
{
    [Fact]
    public async Task Every_payload_stays_plain_text_and_adds_no_header()
    {
        // Arrange
        var baseline = await RoundTripAsync(PasswordResetEmail.Create("konto@example.org", "redaktion", "https://wegweiser.example/konto/passwort-neu?code=1", "ar"));
        var expectedHeaders = baseline.Headers.Select(h => h.Field).Order(StringComparer.OrdinalIgnoreCase).ToList();

        foreach (var payload in LiveMarkup.Payloads())
        {
            // Act: the payload as user name, and as subject and text of a message composed directly.
            var reset = await RoundTripAsync(PasswordResetEmail.Create("konto@example.org", payload, "https://wegweiser.example/konto/passwort-neu?code=1", "ar"));
            var direct = await RoundTripAsync(new EmailMessage("konto@example.org", "Konto " + payload, payload, "test")
            {
                Translation = new EmailTranslation("en", "Account " + payload, payload),
            });

            // Assert
            foreach (var message in new[] { reset, direct })
            {
                var body = Assert.IsType<TextPart>(message.Body);
                Assert.True(body.IsPlain, payload);
                Assert.Equal(expectedHeaders, message.Headers.Select(h => h.Field).Order(StringComparer.OrdinalIgnoreCase).ToList());
            }

            Assert.Contains(payload.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), ((TextPart)reset.Body).Text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal($"Konto {payload} / Account {payload}", direct.Subject);
        }
    }

    private static async Task<MimeMessage> RoundTripAsync(EmailMessage message)
    {
        using var mime = EmailComposer.Compose(message, "Wegweiser <wegweiser@example.org>");
        using var stream = new MemoryStream();
        await mime.WriteToAsync(stream);
        stream.Position = 0;
        return await MimeMessage.LoadAsync(stream);
    }
}
