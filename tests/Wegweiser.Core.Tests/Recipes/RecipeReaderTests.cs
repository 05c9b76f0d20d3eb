using Wegweiser.Core.Content;
using Wegweiser.Core.Recipes;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Tests.Recipes;

public sealed class RecipeReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wegweiser-recipes-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_manifest_files_and_items()
    {
        Write("test", "recipe.json", """{ "name": "test", "files": ["items.json"], "steps": [ { "step": "taxonomy", "taxonomy": "town", "terms": [ { "key": "arnstadt", "names": { "de": "Arnstadt" } } ] } ] }""");
        Write("test", "items.json", """
            { "steps": [ { "step": "content", "items": [ {
                "key": "beratung", "type": "Service", "state": "Published", "towns": ["arnstadt"],
                "schedule": { "monthly": [ { "ordinal": 1, "day": "Tuesday", "from": "14:00", "to": "16:00" } ] },
                "translations": { "de": { "slug": "beratung", "title": "Beratung", "cost": "kostenlos" } } } ] } ] }
            """);

        var recipe = RecipeReader.Read(_root, "test");

        Assert.Equal(2, recipe.Steps.Count);
        var item = Assert.Single(Assert.IsType<ContentStep>(recipe.Steps[1]).Items);
        Assert.Equal(ContentType.Service, item.Type);
        Assert.Equal(WorkflowState.Published, item.State);
        Assert.Equal("kostenlos", item.Translations["de"].Fields["cost"]);
        Assert.Equal(DayOfWeek.Tuesday, item.Data.Schedule!.Monthly[0].Day);
        Assert.Equal("content-recipes/test/items.json", item.Location.File);
    }

    [Fact]
    public void A_translation_marked_machine_translated_becomes_a_machine_translation_of_the_item()
    {
        Write("test", "recipe.json", """{ "name": "test", "files": ["items.json"] }""");
        Write("test", "items.json", """
            { "steps": [ { "step": "content", "items": [ {
                "key": "beratung", "type": "Service", "state": "Published",
                "translations": { "de": { "slug": "beratung", "title": "Beratung" },
                                  "en": { "slug": "advice", "title": "Advice" },
                                  "uk": { "slug": "advice", "title": "Консультація", "machineTranslated": true } } } ] } ] }
            """);

        var source = Assert.Single(Assert.IsType<ContentStep>(RecipeReader.Read(_root, "test").Steps[0]).Items);
        var item = RecipeItemFactory.Create(source, "test", DateTime.UtcNow);

        Assert.False(item.Latest.Translation("en")!.IsMachineTranslated);
        Assert.True(item.Latest.Translation("uk")!.IsMachineTranslated);
        Assert.False(item.Latest.Translation("de")!.IsMachineTranslated);
    }

    [Theory]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Servic", "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].type", "'Servic' is not one of")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "translations": { "en": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].translations.de", "German text is required")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "titel": "x", "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].titel", "unknown field 'titel'")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Course", "course": { "level": "A7" }, "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].course.level", "'A7' is not one of")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "course": { "level": "A1" }, "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].course", "only items of type Course")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "translations": { "de": { "slug": "A B", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].translations.de.slug", "not a valid slug")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "schedule": { "weekly": [ { "days": ["Montag"], "from": "09:00", "to": "12:00" } ] }, "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].schedule.weekly[0].days[0]", "not a weekday")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "schedule": { "weekly": [ { "days": ["Monday"], "from": "12:00", "to": "09:00" } ] }, "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].schedule.weekly[0].to", "must be later than")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "lastReviewed": "01.02.2024", "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }""",
        "$.steps[0].items[0].lastReviewed", "not a date")]
    [InlineData("""{ "steps": [ { "step": "content", "items": [ { "key": "a", "type": "Service", "translations": { "de": { "slug": "a", "title": "A", "machineTranslated": true } } } ] } ] }""",
        "$.steps[0].items[0].translations.de.machineTranslated", "German text is the source")]
    [InlineData("""{ "steps": [ { "step": "taxonomy", "taxonomy": "town", "machineTranslated": ["de"], "terms": [ { "key": "a", "names": { "de": "A" } } ] } ] }""",
        "$.steps[0].machineTranslated", "German text is the source")]
    [InlineData("""{ "steps": [ { "step": "taxonomy", "taxonomy": "town", "terms": [ { "key": "a", "names": { "de": "A" }, "machineTranslated": ["ar"] } ] } ] }""",
        "$.steps[0].terms[0].machineTranslated", "no name in \"ar\"")]
    [InlineData("""{ "steps": [ { "step": "taxonomy", "taxonomy": "town", "terms": [ { "key": "a", "names": { "de": "A" }, "machineTranslated": "ar" } ] } ] }""",
        "$.steps[0].terms[0].machineTranslated", "expected an array")]
    [InlineData("""{ "steps": [ { "step": "magic" } ] }""", "$.steps[0].step", "unknown step 'magic'")]
    public void A_malformed_file_names_file_path_and_problem(string json, string path, string problem)
    {
        Write("bad", "recipe.json", """{ "name": "bad", "files": ["items.json"] }""");
        Write("bad", "items.json", json);

        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(_root, "bad"));

        Assert.Equal("content-recipes/bad/items.json", error.File);
        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void Machine_translated_term_names_come_from_the_step_unless_a_term_lists_its_own()
    {
        Write("test", "recipe.json", """
            { "name": "test", "steps": [ { "step": "taxonomy", "taxonomy": "need", "machineTranslated": ["en", "ar"], "terms": [
                { "key": "a", "names": { "de": "A", "en": "A", "ar": "أ" } },
                { "key": "b", "names": { "de": "B", "ar": "ب" } },
                { "key": "c", "names": { "de": "C", "en": "C", "ar": "ج" }, "machineTranslated": ["ar"] },
                { "key": "d", "names": { "de": "D", "en": "D" }, "machineTranslated": [] } ] } ] }
            """);

        var terms = Assert.IsType<TaxonomyStep>(Assert.Single(RecipeReader.Read(_root, "test").Steps)).Terms;

        Assert.Equal(["en", "ar"], terms[0].MachineTranslated);
        Assert.Equal(["ar"], terms[1].MachineTranslated); // it has no English name to flag
        Assert.Equal(["ar"], terms[2].MachineTranslated);
        Assert.Empty(terms[3].MachineTranslated);
    }

    [Fact]
    public void A_term_says_whether_the_name_a_visitor_reads_is_machine_translated()
    {
        var term = new Wegweiser.Core.Taxonomies.TaxonomyTerm
        {
            Taxonomy = "need", Key = "a", Names = new() { ["de"] = "A", ["ar"] = "أ" }, MachineTranslated = ["ar", "fa"],
        };

        Assert.True(term.IsMachineTranslatedIn("ar"));
        Assert.False(term.IsMachineTranslatedIn("fa")); // no Persian name: the visitor reads German
        Assert.False(term.IsMachineTranslatedIn("de"));
        Assert.False(term.IsMachineTranslatedIn("en"));
    }

    [Fact]
    public void Invalid_JSON_reports_the_line()
    {
        Write("broken", "recipe.json", "{ \"name\": \"broken\",\n  \"steps\": [ }");

        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(_root, "broken"));

        Assert.Equal("content-recipes/broken/recipe.json", error.File);
        Assert.Contains("line 2", error.Problem);
    }

    [Fact]
    public void An_unknown_recipe_is_refused()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(_root, "nope"));

        Assert.Contains("there is no recipe 'nope'", error.Message);
    }

    [Fact]
    public void The_manifest_name_must_match_the_folder()
    {
        Write("one", "recipe.json", """{ "name": "two" }""");

        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(_root, "one"));

        Assert.Equal("$.name", error.JsonPath);
    }

    [Fact]
    public void Validation_refuses_unknown_taxonomy_keys_and_organisations()
    {
        Write("refs", "recipe.json", """
            { "name": "refs", "steps": [ { "step": "content", "items": [
              { "key": "a", "type": "Service", "organisation": "awo", "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }
            """);
        var recipe = RecipeReader.Read(_root, "refs");

        var error = Assert.Throws<RecipeException>(() => RecipeValidator.Validate([recipe], new SiteSnapshot()));

        Assert.Equal("$.steps[0].items[0].organisation", error.JsonPath);
        Assert.Contains("no organisation with the key 'awo'", error.Problem);
    }

    [Fact]
    public void Validation_refuses_duplicate_slugs_of_a_type()
    {
        Write("dup", "recipe.json", """
            { "name": "dup", "steps": [ { "step": "taxonomy", "taxonomy": "topic", "terms": [ { "key": "wohnen", "names": { "de": "Wohnen" } } ] },
              { "step": "content", "items": [
              { "key": "a", "type": "Service", "topics": ["wohnen"], "translations": { "de": { "slug": "beratung", "title": "A" } } },
              { "key": "b", "type": "Service", "topics": ["wohnen"], "translations": { "de": { "slug": "beratung", "title": "B" } } } ] } ] }
            """);
        var recipe = RecipeReader.Read(_root, "dup");

        var error = Assert.Throws<RecipeException>(() => RecipeValidator.Validate([recipe], new SiteSnapshot()));

        Assert.Equal("$.steps[1].items[1].translations.de.slug", error.JsonPath);
    }

    [Fact]
    public void Validation_refuses_unknown_topics()
    {
        Write("topics", "recipe.json", """
            { "name": "topics", "steps": [ { "step": "content", "items": [
              { "key": "a", "type": "Service", "topics": ["arbeit"], "translations": { "de": { "slug": "a", "title": "A" } } } ] } ] }
            """);
        var recipe = RecipeReader.Read(_root, "topics");

        var error = Assert.Throws<RecipeException>(() => RecipeValidator.Validate([recipe], new SiteSnapshot()));

        Assert.Equal("$.steps[0].items[0].topics[0]", error.JsonPath);
        Assert.Contains("'arbeit' is not a known topic", error.Problem);
    }

    private void Write(string recipe, string file, string json)
    {
        Directory.CreateDirectory(Path.Combine(_root, recipe));
        File.WriteAllText(Path.Combine(_root, recipe, file), json);
    }
}
