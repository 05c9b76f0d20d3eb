using Wegweiser.Core.Recipes;

namespace Wegweiser.Core.Tests.Recipes;

/// <summary>A recipe's values follow the editor form's field rules, so a recipe cannot put in what an editor could not save.</summary>
public sealed class RecipeFieldRulesTests : IDisposable
{
    private const string Item = "$.steps[0].items[0]";

    private readonly string _root = Directory.CreateTempSubdirectory("wegweiser-recipe-rules-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string, string, string, string> Mistakes => new()
    {
        { "Service", """ "contact": { "phone": "(03628) 1234" }, """, ".contact.phone", "is not a phone number" },
        { "Service", """ "contact": { "email": "beratung@awo" }, """, ".contact.email", "'beratung@awo' is not an email address." },
        { "Service", """ "contact": { "website": "www.awo.example" }, """, ".contact.website", "is not a web address starting with https://." },
        { "Service", """ "addresses": [ { "street": "Markt 1", "postalCode": "9931" } ], """, ".addresses[0].postalCode", "is not a postal code of five digits." },
        { "Service", $$""" "addresses": [ { "street": "{{new string('x', 301)}}" } ], """, ".addresses[0].street", "is longer than 300 characters." },
        { "VolunteerInitiative", """ "volunteer": { "internalContact": { "email": "erika@geheim" } }, """, ".volunteer.internalContact.email", "is not an email address." },
        { "GlossaryTerm", $$""" "glossary": { "abbreviation": "{{new string('A', 41)}}" }, """, ".glossary.abbreviation", "is longer than 40 characters." },
        { "Course", """ "course": { "freePlaces": 10001 }, """, ".course.freePlaces", "10000" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_value_the_editor_form_would_refuse_names_its_path_and_problem(string type, string data, string path, string problem)
    {
        WriteItem(type, data, """ "slug": "a", "title": "A" """);

        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(_root, "bad"));

        Assert.Equal(Item + path, error.JsonPath);
        Assert.Contains(problem, error.Problem);
    }

    [Theory]
    [InlineData("de", "title", 201, "is longer than 200 characters.")]
    [InlineData("en", "title", 201, "is longer than 200 characters.")]
    [InlineData("de", "summary", 601, "is longer than 600 characters.")]
    [InlineData("ar", "cost", 1201, "is longer than 1200 characters.")]
    public void Texts_in_every_language_have_the_editor_forms_limits(string culture, string field, int length, string problem)
    {
        var text = new string('x', length);
        var title = field == "title" ? text : "A";
        var other = field == "title" ? "" : $$""", "{{field}}": "{{text}}" """;
        var translations = culture == "de"
            ? $$""" "slug": "a", "title": "{{title}}" {{other}} """
            : $$""" "slug": "a", "title": "A" }, "{{culture}}": { "slug": "a", "title": "{{title}}" {{other}} """;
        WriteItem("Service", "", translations);

        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(_root, "bad"));

        Assert.Equal($"{Item}.translations.{culture}.{field}", error.JsonPath);
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void Values_the_editor_form_takes_are_read()
    {
        WriteItem("Service", """
            "contact": { "phone": "+49 3628 738-0", "email": "beratung@awo-ilmkreis.example", "website": "https://www.awo-ilmkreis.example" },
            "addresses": [ { "street": "Markt 1", "postalCode": "99310" } ],
            """, """ "slug": "a", "title": "A" """);

        var recipe = RecipeReader.Read(_root, "bad");

        var item = Assert.Single(Assert.IsType<ContentStep>(Assert.Single(recipe.Steps)).Items);
        Assert.Equal("+49 3628 738-0", item.Data.Contact!.Phone);
        Assert.Equal("99310", item.Data.Addresses[0].PostalCode);
    }

    private void WriteItem(string type, string data, string germanAndMore)
    {
        var folder = Path.Combine(_root, "bad");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "recipe.json"), """{ "name": "bad", "files": ["items.json"] }""");
        File.WriteAllText(Path.Combine(folder, "items.json"), $$"""
            { "steps": [ { "step": "content", "items": [ {
                "key": "a", "type": "{{type}}", {{data}}
                "translations": { "de": { {{germanAndMore}} } } } ] } ] }
            """);
    }
}
