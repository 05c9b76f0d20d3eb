using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Features.ReviewRounds;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.ReviewRounds;

/// <summary>
/// A provider's answer and the editor form check the same fields with the same rules: what one
/// refuses, the other refuses, so a provider never sends what the editors could not save.
/// </summary>
public class ProviderAnswerRulesTests
{
    private static readonly Dictionary<string, string> FormFields = new()
    {
        [nameof(ProviderAnswer.Title)] = "title",
        [nameof(ProviderAnswer.Summary)] = "text-summary",
        [nameof(ProviderAnswer.Phone)] = "phone",
        [nameof(ProviderAnswer.Email)] = "email",
        [nameof(ProviderAnswer.Website)] = "website",
    };

    public static TheoryData<string, string, bool> Inputs => new()
    {
        { "Title", "", false },
        { "Title", "   ", false },
        { "Title", new string('x', 200), true },
        { "Title", new string('x', 201), false },
        { "Summary", new string('x', 600), true },
        { "Summary", " " + new string('x', 600) + " ", true },
        { "Summary", new string('x', 601), false },
        { "Summary", new string('x', 1000), false }, // the provider's old limit
        { "Phone", "+49 3628 738-0", true },
        { "Phone", "03677/12 34-5", true },
        { "Phone", "(03628) 1234", false }, // the provider's old pattern took it
        { "Phone", "+49", false },
        { "Phone", new string('1', 41), false },
        { "Phone", "0800 HILFE", false },
        { "Email", "beratung@awo-ilmkreis.example", true },
        { "Email", "beratung@awo", false },
        { "Email", "info@amt.example?bcc=x@evil.example", false },
        { "Email", new string('a', 250) + "@b.de", false },
        { "Website", "https://www.awo-ilmkreis.example/beratung", true },
        { "Website", "www.awo-ilmkreis.example", false },
        { "Website", "https://example.org/" + new string('a', 290), false },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_providers_answer_and_the_editor_form_accept_and_refuse_the_same_input(string field, string value, bool valid)
    {
        // Arrange
        var answer = new ProviderAnswer { Title = "Migrationsberatung" };
        typeof(ProviderAnswer).GetProperty(field)!.SetValue(answer, value);
        var input = new EntryInput { Title = "Migrationsberatung", Slug = "migrationsberatung" };
        if (field == nameof(ProviderAnswer.Summary))
        {
            input.Texts[ContentFields.Summary] = value;
        }
        else
        {
            typeof(EntryInput).GetProperty(field)!.SetValue(input, value);
        }

        // Act
        var providerRefuses = Validate(answer).Any(r => r.MemberNames.Contains(field));
        var editorRefuses = EntryInputRules.Validate(input, Site, new KeyLocalizer()).ContainsKey(FormFields[field]);

        // Assert
        Assert.Equal(!valid, providerRefuses);
        Assert.Equal(!valid, editorRefuses);
    }

    [Fact]
    public void A_valid_answer_has_no_problems()
    {
        var answer = new ProviderAnswer
        {
            Title = "Migrationsberatung", Summary = "Beratung für Erwachsene.", Phone = "+49 3628 738-0",
            Email = "beratung@awo-ilmkreis.example", Website = "https://www.awo-ilmkreis.example", Note = "Neue Sprechzeiten ab Januar.",
        };

        Assert.Empty(Validate(answer));
    }

    [Fact]
    public void An_empty_name_is_named_with_the_other_problems()
    {
        var answer = new ProviderAnswer { Title = " ", Phone = "Telefon" };

        Assert.Equal(
            ["Bitte geben Sie einen Namen für den Eintrag ein.", "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten."],
            Validate(answer).Select(r => r.ErrorMessage));
    }

    private static EntryInputRules.Context Site => new(
        ContentType.Service, new Dictionary<string, IReadOnlySet<string>>(), new HashSet<string>(), null);

    private static List<ValidationResult> Validate(ProviderAnswer answer)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(answer, new ValidationContext(answer), results, validateAllProperties: true);
        return results;
    }
}
