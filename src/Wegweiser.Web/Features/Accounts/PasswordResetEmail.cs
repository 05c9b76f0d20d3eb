using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The email with the link to set a new password, in plain German, and in the account's email
/// language (<see cref="AccountLanguage"/>) as a second part when it has one.
/// </summary>
public static class PasswordResetEmail
{
    public const string Purpose = "password-reset";

    public static EmailMessage Create(string to, string userName, string link, string? culture = null) => WithTranslation(new(
        to,
        "Neues Passwort für den Wegweiser",
        $"""
        Guten Tag,

        für Ihr Konto „{userName}“ beim Wegweiser wurde ein neues Passwort angefragt.
        Wenn Sie das waren: Öffnen Sie diesen Link und geben Sie ein neues Passwort ein.

        {link}

        Der Link gilt 2 Stunden. Sie können ihn nur einmal benutzen.

        Sie wollten kein neues Passwort? Dann müssen Sie nichts tun.
        Ihr bisheriges Passwort gilt weiter.

        Ihr Wegweiser
        """,
        Purpose), culture, userName, link);

    private static EmailMessage WithTranslation(EmailMessage german, string? culture, string userName, string link) =>
        culture is not null && PasswordResetEmailTranslations.ByCulture.TryGetValue(culture, out var texts)
            ? german with { Translation = new EmailTranslation(culture, texts.Subject, string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Text, userName, link)) }
            : german;
}
