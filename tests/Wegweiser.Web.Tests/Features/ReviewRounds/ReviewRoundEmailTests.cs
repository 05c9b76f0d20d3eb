using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.ReviewRounds;

namespace Wegweiser.Web.Tests.Features.ReviewRounds;

/// <summary>
/// The review emails come from resource templates: German first, the provider's language second,
/// and the county's name from the configuration (<c>Wegweiser:County:Name</c>), never from code.
/// </summary>
public class ReviewRoundEmailTests
{
    private const string Link = "https://wegweiser.example.org/rueckmeldung/x";

    [Theory]
    [InlineData(null, "im Ilm-Kreis stehen 2 Einträge", "in the Ilm-Kreis lists 2 of your entries")]
    [InlineData("Landkreis Gotha", "im Landkreis Gotha stehen 2 Einträge", "in the Landkreis Gotha lists 2 of your entries")]
    public async Task The_request_names_the_configured_county_in_every_language(string? county, string german, string english)
    {
        // Arrange: without a setting the shipped appsettings.json names the Ilm-Kreis
        var settings = county is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Wegweiser:County:Name"] = county };
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null, settings);
        var email = factory.Services.GetRequiredService<ReviewRoundEmail>();

        // Act
        var message = email.Request("anbieter@example.org", Link, 2, new DateTime(2027, 1, 15), "en");

        // Assert
        Assert.Contains(german, message.Text);
        Assert.Contains(english, message.Translation!.Text);
        Assert.Contains("bis zum 15. Januar 2027", message.Text);
        if (county is not null)
        {
            Assert.DoesNotContain("Ilm-Kreis", message.Text + message.Translation.Text);
        }
    }

    [Fact]
    public async Task One_entry_is_worded_as_one_and_a_language_without_texts_gets_German_only()
    {
        await using var factory = new WegweiserFactory("blank");
        var email = factory.Services.GetRequiredService<ReviewRoundEmail>();

        var one = email.Request("anbieter@example.org", Link, 1, new DateTime(2027, 1, 15), "tr");
        var polish = email.Request("anbieter@example.org", Link, 3, new DateTime(2027, 1, 15), "pl");
        var reminder = ReviewRoundEmail.Reminder("anbieter@example.org", Link, new DateTime(2027, 1, 15), "uk");

        Assert.Contains("im Ilm-Kreis steht ein Eintrag von Ihnen.", one.Text);
        Assert.Contains("Ilm-Kreis bölgesindeki göçmenler için Wegweiser rehberinde bir kaydınız bulunuyor.", one.Translation!.Text);
        Assert.Null(polish.Translation);
        Assert.Equal("Erinnerung: Bitte prüfen Sie Ihre Einträge im Wegweiser", reminder.Subject);
        Assert.Contains(Link, reminder.Translation!.Text);
        Assert.Contains("15.01.2027", reminder.Translation.Text);
        Assert.Equal(ReviewRoundEmail.ReminderPurpose, reminder.Purpose);
    }

    [Fact]
    public void The_password_reset_email_fills_name_and_link_in_both_languages()
    {
        var message = PasswordResetEmail.Create("olena@example.org", "olena", Link, "uk");

        Assert.Equal("Neues Passwort für den Wegweiser", message.Subject);
        Assert.Contains("„olena“", message.Text);
        Assert.Equal("Новий пароль для Wegweiser", message.Translation!.Subject);
        Assert.Contains("„olena“", message.Translation.Text);
        Assert.Equal(2, (message.Text + message.Translation.Text).Split(Link).Length - 1);
        Assert.Null(PasswordResetEmail.Create("a@example.org", "a", Link).Translation);
    }
}
