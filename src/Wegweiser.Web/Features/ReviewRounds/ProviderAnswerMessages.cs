using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>The provider page's German words for the problems of a <see cref="ProviderAnswer"/>.</summary>
public static class ProviderAnswerMessages
{
    private static readonly Dictionary<(string Field, string Key), string> Messages = new()
    {
        [(nameof(ProviderAnswer.Title), ProblemKeys.Required)] = "Bitte geben Sie einen Namen für den Eintrag ein.",
        [(nameof(ProviderAnswer.Title), ProblemKeys.TooLong)] = "Der Name darf höchstens {0} Zeichen lang sein.",
        [(nameof(ProviderAnswer.Summary), ProblemKeys.TooLong)] = "Die Kurzbeschreibung darf höchstens {0} Zeichen lang sein.",
        [(nameof(ProviderAnswer.Phone), ProblemKeys.TooLong)] = "Die Telefonnummer darf höchstens {0} Zeichen lang sein.",
        [(nameof(ProviderAnswer.Phone), ProblemKeys.Phone)] = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.",
        [(nameof(ProviderAnswer.Email), ProblemKeys.TooLong)] = "Die E-Mail-Adresse ist zu lang.",
        [(nameof(ProviderAnswer.Email), ProblemKeys.Email)] = "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
        [(nameof(ProviderAnswer.Website), ProblemKeys.TooLong)] = "Die Internetadresse ist zu lang.",
        [(nameof(ProviderAnswer.Website), ProblemKeys.WebAddress)] = "Bitte geben Sie die Internetadresse vollständig ein, zum Beispiel https://www.beispiel.de.",
        [(nameof(ProviderAnswer.Note), ProblemKeys.TooLong)] = "Die Nachricht darf höchstens {0} Zeichen lang sein.",
    };

    /// <summary>The message for <paramref name="problem"/> at property <paramref name="field"/>.</summary>
    public static string For(string field, FieldProblem problem) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages[(field, problem.Key)], problem.Argument);
}
