using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The email with the link to set a new password, in plain German, and in the account's email
/// language (<see cref="AccountLanguage"/>) as a second part when it has one. The texts are
/// resources (<see cref="EmailTemplates"/>: <c>Email.PasswordReset.*</c>; {0} the account's name, {1} the link).
/// </summary>
public static class PasswordResetEmail
{
    public const string Purpose = "password-reset";

    public static EmailMessage Create(string to, string userName, string link, string? culture = null) =>
        EmailTemplates.Compose(to, "PasswordReset", Purpose, culture, _ => [userName, link]);
}
