using System.ComponentModel.DataAnnotations;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// What a provider may change about an entry through the personal link. Lengths and formats are the
/// editor form's (<see cref="FieldLimits"/>, <see cref="EmailAddress"/>, <see cref="PhoneNumber"/>),
/// checked lengths first.
/// </summary>
public sealed class ProviderAnswer : IValidatableObject
{
    [Required(ErrorMessage = "Bitte geben Sie einen Namen für den Eintrag ein.")]
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FieldLimits.TooLong(Title, FieldLimits.Title))
        {
            yield return new ValidationResult($"Der Name darf höchstens {FieldLimits.Title} Zeichen lang sein.", [nameof(Title)]);
        }

        if (FieldLimits.TooLong(Summary, FieldLimits.Summary))
        {
            yield return new ValidationResult($"Die Kurzbeschreibung darf höchstens {FieldLimits.Summary} Zeichen lang sein.", [nameof(Summary)]);
        }

        if (FieldLimits.TooLong(Phone, FieldLimits.Phone))
        {
            yield return new ValidationResult($"Die Telefonnummer darf höchstens {FieldLimits.Phone} Zeichen lang sein.", [nameof(Phone)]);
        }
        else if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.IsValid(Phone))
        {
            yield return new ValidationResult("Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.", [nameof(Phone)]);
        }

        if (FieldLimits.TooLong(Email, FieldLimits.Email))
        {
            yield return new ValidationResult("Die E-Mail-Adresse ist zu lang.", [nameof(Email)]);
        }
        else if (!string.IsNullOrWhiteSpace(Email) && !EmailAddress.IsValid(Email))
        {
            yield return new ValidationResult("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.", [nameof(Email)]);
        }

        if (FieldLimits.TooLong(Website, FieldLimits.Website))
        {
            yield return new ValidationResult("Die Internetadresse ist zu lang.", [nameof(Website)]);
        }
        else if (!string.IsNullOrWhiteSpace(Website)
            && !(Uri.TryCreate(Website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Bitte geben Sie die Internetadresse vollständig ein, zum Beispiel https://www.beispiel.de.", [nameof(Website)]);
        }

        if (FieldLimits.TooLong(Note, FieldLimits.Note))
        {
            yield return new ValidationResult($"Die Nachricht darf höchstens {FieldLimits.Note} Zeichen lang sein.", [nameof(Note)]);
        }
    }
}
