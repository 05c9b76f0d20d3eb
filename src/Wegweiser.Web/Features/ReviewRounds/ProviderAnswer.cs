using System.ComponentModel.DataAnnotations;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>What a provider may change about an entry through the personal link.</summary>
public sealed class ProviderAnswer : IValidatableObject
{
    [Required(ErrorMessage = "Bitte geben Sie einen Namen für den Eintrag ein.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    public string? Title { get; set; }

    [StringLength(1000, ErrorMessage = "Die Kurzbeschreibung darf höchstens 1000 Zeichen lang sein.")]
    public string? Summary { get; set; }

    [StringLength(50, ErrorMessage = "Die Telefonnummer darf höchstens 50 Zeichen lang sein.")]
    [RegularExpression(@"^[0-9 +()/\-]*$", ErrorMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.")]
    public string? Phone { get; set; }

    [StringLength(256, ErrorMessage = "Die E-Mail-Adresse ist zu lang.")]
    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.")]
    public string? Email { get; set; }

    [StringLength(300, ErrorMessage = "Die Internetadresse ist zu lang.")]
    public string? Website { get; set; }

    [StringLength(2000, ErrorMessage = "Die Nachricht darf höchstens 2000 Zeichen lang sein.")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Website)
            && !(Uri.TryCreate(Website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Bitte geben Sie die Internetadresse vollständig ein, zum Beispiel https://www.beispiel.de.", [nameof(Website)]);
        }
    }
}
