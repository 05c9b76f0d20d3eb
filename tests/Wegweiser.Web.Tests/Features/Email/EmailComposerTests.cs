using MimeKit;
using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Tests.Features.Email;

/// <summary>German first, the reader's language second, in one plain-text body every client shows.</summary>
public class EmailComposerTests
{
    [Fact]
    public void A_message_with_a_second_language_is_one_plain_text_body_German_first()
    {
        var message = new EmailMessage("anbieter@example.org", "Bitte prüfen Sie Ihren Eintrag", "Guten Tag,\n\nbitte prüfen Sie Ihren Eintrag.", "review-round")
        {
            Translation = new EmailTranslation("ar", "يرجى مراجعة إدخالك", "مرحبا،\n\nيرجى مراجعة إدخالك."),
        };

        using var mime = EmailComposer.Compose(message, "Wegweiser <wegweiser@example.org>");
        var body = Assert.IsType<TextPart>(mime.Body);

        Assert.True(body.IsPlain);
        Assert.Equal("utf-8", body.ContentType.Charset);
        Assert.Equal("de, ar", mime.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("Bitte prüfen Sie Ihren Eintrag / يرجى مراجعة إدخالك", mime.Subject);
        var text = body.Text;
        Assert.True(text.IndexOf("Guten Tag", StringComparison.Ordinal) < text.IndexOf(EmailComposer.Separator, StringComparison.Ordinal));
        Assert.True(text.IndexOf(EmailComposer.Separator, StringComparison.Ordinal) < text.IndexOf("مرحبا", StringComparison.Ordinal));
        Assert.Contains("العربية", text);
        Assert.Contains("\n\nbitte prüfen", text);
    }

    [Fact]
    public void A_German_only_message_has_no_separator()
    {
        using var mime = EmailComposer.Compose(new EmailMessage("a@example.org", "Betreff", "Text", "test"), "wegweiser@example.org");

        Assert.Equal("de", mime.Headers[HeaderId.ContentLanguage]);
        Assert.DoesNotContain(EmailComposer.Separator, ((TextPart)mime.Body).Text);
    }

    [Theory]
    [InlineData(null, true, "", true)]
    [InlineData(null, false, "", true)]
    [InlineData(null, false, "smtp.example.org", false)]
    [InlineData(null, true, "smtp.example.org", true)]
    [InlineData("Smtp", true, "127.0.0.1", false)]
    [InlineData("Pickup", false, "smtp.example.org", true)]
    public void Mail_goes_to_the_pickup_folder_in_development_and_without_a_host(string? delivery, bool development, string host, bool pickup) =>
        Assert.Equal(pickup, new EmailOptions { Delivery = delivery, Host = host }.UsesPickupFolder(development));

    [Fact]
    public async Task In_development_the_reset_email_is_written_to_the_data_folder()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "erika", Wegweiser.Web.Features.Accounts.Roles.Volunteer);
        var client = factory.CreateClient();

        await client.PostAsync("/konto/passwort-vergessen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/passwort-vergessen"),
            ["Email"] = "erika@example.org",
        }));
        var mail = (await SmtpSinkMailbox.WaitForAsync(Path.Combine(factory.DataFolder, "mail"), "erika@example.org")).Single();

        Assert.Equal("Neues Passwort für den Wegweiser", mail.Subject);
        Assert.Contains("/konto/passwort-neu?konto=", mail.TextBody);
    }
}
