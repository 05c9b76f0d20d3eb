using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>The email with the link to set a new password, in plain German.</summary>
public static class PasswordResetEmail
{
    public const string Purpose = "password-reset";

    public static EmailMessage Create(string to, string userName, string link) => new(
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
        Purpose);
}
