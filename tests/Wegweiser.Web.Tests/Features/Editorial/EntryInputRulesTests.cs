using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>The editor form's adapter to Core's field rules: form field ids and the form's resource keys.</summary>
public class EntryInputRulesTests
{
    [Theory]
    [InlineData("12", null)]
    [InlineData("10000", null)]
    [InlineData("10001", "Editor.Error.Number")] // the recipes' limit; the form took any number before
    [InlineData("zwölf", "Editor.Error.Number")]
    [InlineData("-1", "Editor.Error.Number")]
    public void Free_places_of_a_course_are_a_number_up_to_ten_thousand(string places, string? key)
    {
        var input = new EntryInput { Title = "Integrationskurs", FreePlaces = places };

        var errors = EntryInputRules.Validate(input, Site(ContentType.Course), new KeyLocalizer());

        Assert.Equal(key, errors.GetValueOrDefault("freePlaces"));
    }

    [Fact]
    public void Each_problem_is_shown_at_its_form_field_with_the_forms_message()
    {
        var input = new EntryInput
        {
            Title = new string('x', 201),
            Phone = new string('1', 41),
            Email = "beratung@awo",
            Website = "www.awo.example",
            Hours = "Mo 09:00-12:00\nnach Vereinbarung",
            Addresses = [new() { Street = new string('x', 301), PostalCode = "9931" }],
            CourseStarts = "2027-02-01",
            CourseEnds = "2027-01-01",
            FreeOfCharge = "vielleicht",
        };

        var errors = EntryInputRules.Validate(input, Site(ContentType.Course), new KeyLocalizer());

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["title"] = "Editor.Error.TooLong",
                ["phone"] = "Editor.Error.Phone",
                ["email"] = "Editor.Error.Email",
                ["website"] = "Editor.Error.Website",
                ["address-0-postalCode"] = "Editor.Error.PostalCode",
                ["address-0-street"] = "Editor.Error.TooLong",
                ["hours"] = "Editor.Error.Hours",
                ["freeOfCharge"] = "Editor.Error.Unknown",
                ["courseEnds"] = "Editor.Error.EndBeforeStart",
            },
            errors);
    }

    private static EntryInputRules.Context Site(ContentType type) => new(
        type, new Dictionary<string, IReadOnlySet<string>>(), new HashSet<string>(), null);
}
