using Microsoft.AspNetCore.Identity;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>Identity's messages in plain German, for the account pages and the admin verbs.</summary>
public sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Das bisherige Passwort stimmt nicht.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Das Passwort muss mindestens {length} Zeichen lang sein.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Das Passwort braucht mindestens ein Sonderzeichen, zum Beispiel - oder !.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Das Passwort braucht mindestens eine Ziffer (0–9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Das Passwort braucht mindestens einen kleinen Buchstaben (a–z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Das Passwort braucht mindestens einen großen Buchstaben (A–Z).");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Das Passwort braucht mindestens {uniqueChars} verschiedene Zeichen.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Den Benutzernamen „{userName}“ gibt es schon.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Die E-Mail-Adresse „{email}“ gehört schon zu einem Konto.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"„{userName}“ geht nicht als Benutzername. Erlaubt sind Buchstaben, Ziffern und - . _ @ +.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"„{email}“ ist keine gültige E-Mail-Adresse.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Für dieses Konto ist keine Sperre möglich.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Der Link ist nicht mehr gültig. Bitte fordern Sie einen neuen an.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
