using System.ComponentModel.DataAnnotations;
using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// What a provider may change about an entry through the personal link. The fields are checked by
/// the editor form's rules (<c>Wegweiser.Core.Content.Rules</c>), so a provider cannot send what
/// the editors could not save; only the words are the provider page's own (<see cref="ProviderAnswerMessages"/>).
/// </summary>
public sealed class ProviderAnswer : IValidatableObject
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Note { get; set; }

    /// <summary>The problems of the answer by property name, in the order of the form.</summary>
    public IEnumerable<(string Field, FieldProblem Problem)> Problems()
    {
        (string Field, FieldProblem? Problem)[] checks =
        [
            (nameof(Title), TextRules.Title(Title)),
            (nameof(Summary), TextRules.Text(Core.Content.ContentFields.Summary, Summary)),
            (nameof(Phone), ContactRules.Phone(Phone)),
            (nameof(Email), ContactRules.Email(Email)),
            (nameof(Website), ContactRules.WebAddress(Website)),
            (nameof(Note), TextRules.Note(Note)),
        ];
        return checks.Where(c => c.Problem is not null).Select(c => (c.Field, c.Problem!.Value));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Problems().Select(p => new ValidationResult(ProviderAnswerMessages.For(p.Field, p.Problem), [p.Field]));
}
