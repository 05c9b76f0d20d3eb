using Wegweiser.Core.Content;
using Wegweiser.Core.Recipes;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Data.Tests.Recipes;

/// <summary>The county recipe holds what the integration concept names, and invents no contact data.</summary>
public class IlmKreisRecipeTests
{
    private static readonly List<RecipeItem> Items = RecipeReader.Read(RepositoryPaths.Recipes, "ilm-kreis")
        .Steps.OfType<ContentStep>().SelectMany(s => s.Items).ToList();

    [Theory]
    [InlineData(ContentType.Service, "Migrationsberatung für erwachsene Zuwanderer (MBE)")]
    [InlineData(ContentType.Service, "AWO")]
    [InlineData(ContentType.Service, "Malteser")]
    [InlineData(ContentType.Service, "Jipi")]
    [InlineData(ContentType.Service, "Faire Integration")]
    [InlineData(ContentType.Service, "Frauen- und Familienzentrum")]
    [InlineData(ContentType.Service, "Anonymer Krankenschein")]
    [InlineData(ContentType.Service, "anerkannte Geflüchtete")]
    [InlineData(ContentType.Service, "ThINKA")]
    [InlineData(ContentType.Service, "Rückkehrberatung")]
    [InlineData(ContentType.Service, "Jugendberufsagentur")]
    [InlineData(ContentType.Service, "KAUSA")]
    [InlineData(ContentType.Service, "Welcome Center Thuringia")]
    [InlineData(ContentType.Event, "Interkulturelle Woche")]
    [InlineData(ContentType.Event, "Tag der Vereine")]
    [InlineData(ContentType.Event, "Spiel- und Sporttag")]
    public void Names_what_the_concept_names(ContentType type, string titlePart)
    {
        Assert.Contains(Items, i => i.Type == type && i.Translations["de"].Title.Contains(titlePart, StringComparison.Ordinal));
    }

    [Fact]
    public void Has_the_six_fields_of_action_and_the_glossary()
    {
        var recipe = RecipeReader.Read(RepositoryPaths.Recipes, "ilm-kreis");
        var topics = recipe.Steps.OfType<TaxonomyStep>().Single(s => s.Taxonomy == "topic").Terms.Select(t => t.Names["de"]);

        Assert.Equal(["Interkulturelle Öffnung und Teilhabe", "Sprache und Bildung", "Ausbildung und Arbeit", "Wohnen", "Gesundheit und Soziales", "Kultur, Freizeit und Sport"], topics);
        var abbreviations = Items.Where(i => i.Type == ContentType.GlossaryTerm).Select(i => i.Data.Glossary?.Abbreviation).ToList();
        Assert.Contains("MBE", abbreviations);
        Assert.Contains("AsylbLG", abbreviations);
        Assert.All(Items.Where(i => i.Type == ContentType.GlossaryTerm), i => Assert.False(string.IsNullOrWhiteSpace(i.Translations["de"].Fields.GetValueOrDefault("summary"))));
    }

    [Theory]
    [InlineData("impressum")]
    [InlineData("datenschutz")]
    [InlineData("barrierefreiheit")]
    [InlineData("leichte-sprache")]
    public void Legal_pages_are_drafts(string key)
    {
        var page = Assert.Single(Items, i => i.Key == key);

        Assert.Equal(ContentType.Page, page.Type);
        Assert.Equal(WorkflowState.Draft, page.State);
    }

    private static readonly string[] SevenCultures = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

    [Theory]
    [InlineData("startseite")]
    [InlineData("impressum")]
    [InlineData("datenschutz")]
    [InlineData("barrierefreiheit")]
    [InlineData("leichte-sprache")]
    public void Home_and_legal_pages_come_in_all_seven_languages(string key)
    {
        var page = Assert.Single(Items, i => i.Key == key);

        Assert.All(SevenCultures, c => Assert.True(page.Translations.ContainsKey(c), $"{key} lacks {c}"));
    }

    [Fact]
    public void Topics_and_needs_are_named_in_all_seven_languages_and_services_at_least_in_German_English_and_Arabic()
    {
        var recipe = RecipeReader.Read(RepositoryPaths.Recipes, "ilm-kreis");
        var terms = recipe.Steps.OfType<TaxonomyStep>().Where(s => s.Taxonomy is "topic" or "need").SelectMany(s => s.Terms).ToList();

        Assert.Equal(13, terms.Count);
        Assert.All(terms, t => Assert.All(SevenCultures, c => Assert.False(string.IsNullOrWhiteSpace(t.Names.GetValueOrDefault(c)), $"{t.Key} lacks {c}")));
        Assert.All(Items.Where(i => i.Type == ContentType.Service), s => Assert.All(new[] { "de", "en", "ar" }, c => Assert.True(s.Translations.ContainsKey(c), $"{s.Key} lacks {c}")));
    }

    [Theory]
    [InlineData("ilm-kreis")]
    [InlineData("demo")]
    public void Every_published_entry_and_term_comes_in_all_seven_languages_with_every_German_field(string recipeName)
    {
        var recipe = RecipeReader.Read(RepositoryPaths.Recipes, recipeName);
        var published = recipe.Steps.OfType<ContentStep>().SelectMany(s => s.Items).Where(i => i.State == WorkflowState.Published).ToList();
        var terms = recipe.Steps.OfType<TaxonomyStep>().SelectMany(s => s.Terms).ToList();

        Assert.NotEmpty(published);
        var missing = published.SelectMany(i => SevenCultures
                .Where(c => !i.Translations.TryGetValue(c, out var t) || i.Translations["de"].Fields.Keys.Except(t.Fields.Keys).Any())
                .Select(c => $"{i.Key}/{c}"))
            .Concat(terms.SelectMany(t => SevenCultures.Where(c => string.IsNullOrWhiteSpace(t.Names.GetValueOrDefault(c))).Select(c => $"term {t.Key}/{c}")))
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} missing: {string.Join(", ", missing.Take(30))}");
    }

    [Theory]
    [InlineData("ilm-kreis")]
    [InlineData("demo")]
    public void Translations_nobody_has_reviewed_are_marked_machine_translated(string recipeName)
    {
        // The team's translations have not been read by native speakers yet: the site must say so.
        var steps = RecipeReader.Read(RepositoryPaths.Recipes, recipeName).Steps;
        var items = steps.OfType<ContentStep>().SelectMany(s => s.Items);
        var terms = steps.OfType<TaxonomyStep>().SelectMany(s => s.Terms);

        Assert.All(items.SelectMany(i => i.Translations.Where(t => t.Key != "de").Select(t => (i.Key, t.Key, t.Value))),
            t => Assert.True(t.Value.MachineTranslated, $"{t.Item1}/{t.Item2}"));
        Assert.All(terms.SelectMany(t => t.Names.Keys.Where(c => c != "de").Select(c => (t, c))),
            p => Assert.True(p.t.MachineTranslated.Contains(p.c), $"term {p.t.Key}/{p.c}"));
    }

    [Fact]
    public void Invents_no_phone_numbers_emails_or_addresses()
    {
        Assert.All(Items, i =>
        {
            Assert.True(string.IsNullOrEmpty(i.Data.Contact?.Phone), i.Key);
            Assert.True(string.IsNullOrEmpty(i.Data.Contact?.Email), i.Key);
            Assert.Empty(i.Data.Addresses);
        });
    }
}
