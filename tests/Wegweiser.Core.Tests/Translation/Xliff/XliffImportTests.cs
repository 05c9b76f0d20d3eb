using Wegweiser.Core.Content;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Core.Workflow;
using static Wegweiser.Core.Tests.Translation.Xliff.XliffSamples;

namespace Wegweiser.Core.Tests.Translation.Xliff;

public class XliffImportTests
{
    [Fact]
    public void Translations_of_a_published_item_go_live_in_a_new_version()
    {
        // Arrange
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "title", "مشاوره مهاجرت برای بزرگسالان");
        SetTarget(exported, "mbe-awo", "summary", "مشاوره برای بزرگسالانی که به آلمان آمده‌اند.");
        SetTarget(exported, "mbe-awo", "slug", "moshavere-mohajerat");

        // Act
        var report = XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now.AddDays(1), "agentur");

        // Assert
        var result = Assert.Single(report.Items);
        Assert.Equal(XliffItemOutcome.Published, result.Outcome);
        Assert.Equal(2, result.VersionNumber);
        Assert.Equal(
            [("title", XliffUnitOutcome.Added), ("slug", XliffUnitOutcome.Added), ("summary", XliffUnitOutcome.Added), ("body", XliffUnitOutcome.Skipped), ("cost", XliffUnitOutcome.Skipped)],
            result.Units.Select(u => (u.UnitId, u.Outcome)));
        Assert.Equal(XliffImport.NotTranslated, result.Units[3].Reason);
        var published = item.Published!;
        Assert.Equal(2, published.Number);
        Assert.Equal("agentur", published.Author);
        var farsi = published.Translation("fa")!;
        Assert.Equal("moshavere-mohajerat", farsi.Slug);
        Assert.Equal("مشاوره مهاجرت برای بزرگسالان", farsi.Title);
        Assert.Equal(published.Translation("de")!.SourceVersion, farsi.SourceVersion);
        Assert.False(farsi.IsMachineTranslated);
        Assert.Equal(TranslationStatus.UpToDate, published.TranslationStatus("fa"));
        Assert.Null(item.Versions.Single(v => v.Number == 1).Translation("fa"));
        Assert.Equal(3, report.Count(XliffUnitOutcome.Added));
    }

    [Fact]
    public void An_open_draft_gets_the_translations_and_is_not_published()
    {
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        item.EditableVersion(Now.AddDays(1)).Data.FreeOfCharge = true; // an editor's open draft, German unchanged
        SetTarget(exported, "mbe-awo", "title", "مشاوره مهاجرت");

        var report = XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now.AddDays(2));

        var result = Assert.Single(report.Items);
        Assert.Equal(XliffItemOutcome.WaitsForOpenDraft, result.Outcome);
        Assert.Equal(2, result.VersionNumber);
        Assert.Equal(2, item.Versions.Count);
        Assert.Equal(1, item.Published!.Number);
        Assert.Null(item.Published.Translation("fa"));
        Assert.Equal(WorkflowState.Draft, item.Latest.State);
        Assert.Equal("مشاوره مهاجرت", item.Latest.Translation("fa")!.Title);
    }

    [Fact]
    public void A_file_that_brings_nothing_new_creates_no_version()
    {
        var item = PublishedService();
        item.Latest.SetTranslation("fa", "moshavere", "مشاوره", new Dictionary<string, string>());
        var exported = XliffWriter.Write("fa", [item]);

        var report = XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now.AddDays(1));

        var result = Assert.Single(report.Items);
        Assert.Equal(XliffItemOutcome.Unchanged, result.Outcome);
        Assert.Equal(XliffUnitOutcome.Unchanged, result.Units.Single(u => u.UnitId == "title").Outcome);
        Assert.Single(item.Versions);
    }

    [Fact]
    public void A_changed_translation_is_reported_as_changed()
    {
        var item = PublishedService();
        item.Latest.SetTranslation("en", "migration-advice", "Migration advice", new Dictionary<string, string> { ["summary"] = "Old." });
        var exported = XliffWriter.Write("en", [item]);
        SetTarget(exported, "mbe-awo", "summary", "Advice for adults who came to Germany.");

        var report = XliffImport.Apply(RoundTrip(exported), Site("en", item), false, Now.AddDays(1));

        var units = report.Items[0].Units.ToDictionary(u => u.UnitId, u => u.Outcome);
        Assert.Equal(XliffUnitOutcome.Unchanged, units["title"]);
        Assert.Equal(XliffUnitOutcome.Unchanged, units["slug"]);
        Assert.Equal(XliffUnitOutcome.Changed, units["summary"]);
        Assert.Equal("Advice for adults who came to Germany.", item.Published!.Translation("en")!.Fields["summary"]);
    }

    [Theory]
    [InlineData("Migration Advice", "migration-advice", XliffImport.SlugFromTitle)]
    [InlineData("مشاوره مهاجرت", "mbe-awo", XliffImport.SlugFromGerman)]
    public void A_missing_slug_is_made_from_the_title_or_taken_from_German(string title, string slug, string reason)
    {
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "title", title);

        var report = XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now.AddDays(1));

        Assert.Equal(slug, item.Published!.Translation("fa")!.Slug);
        Assert.Equal($"{reason}: {slug}", report.Items[0].Units.Single(u => u.UnitId == "slug").Reason);
    }

    [Fact]
    public void A_made_slug_gets_a_number_when_another_item_of_the_type_uses_it()
    {
        var other = PublishedService("andere-beratung");
        other.Latest.SetTranslation("fa", "migration-advice", "Migration Advice", new Dictionary<string, string>());
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "title", "Migration Advice");

        XliffImport.Apply(RoundTrip(exported), Site("fa", item, other), false, Now.AddDays(1));

        Assert.Equal("migration-advice-2", item.Published!.Translation("fa")!.Slug);
    }

    [Fact]
    public void A_proposed_slug_that_is_invalid_or_taken_refuses_the_file()
    {
        var other = PublishedService("andere-beratung");
        other.Latest.SetTranslation("fa", "moshavere", "مشاوره", new Dictionary<string, string>());
        var first = PublishedService("erste");
        var second = PublishedService("zweite");
        var exported = XliffWriter.Write("fa", [first, second]);
        SetTarget(exported, "erste", "title", "مشاوره");
        SetTarget(exported, "erste", "slug", "moshavere");
        SetTarget(exported, "zweite", "title", "مشاوره");
        SetTarget(exported, "zweite", "slug", "Moshavere Nr. 2");

        var error = Assert.Throws<XliffException>(() => XliffImport.Apply(RoundTrip(exported), Site("fa", first, second, other), false, Now));

        Assert.Equal(
        [
            "Der Slug 'Moshavere Nr. 2' bei 'zweite' ist ungültig: erlaubt sind a–z, 0–9 und einzelne Bindestriche.",
            "Der Slug 'moshavere' bei 'erste' ist in 'fa' schon an 'andere-beratung' vergeben.",
        ], error.Problems);
        Assert.All(new[] { first, second }, i => Assert.Single(i.Versions));
    }

    [Fact]
    public void Translations_have_the_translation_editors_limits()
    {
        // The title column holds 300 characters, but the translation editor (and the public page) 200.
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "title", new string('م', 201));
        SetTarget(exported, "mbe-awo", "summary", new string('م', 601));

        var error = Assert.Throws<XliffException>(() => XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now));

        Assert.Equal(
        [
            "Der Titel bei 'mbe-awo' ist länger als 200 Zeichen.",
            "Der Text 'summary' bei 'mbe-awo' ist länger als 600 Zeichen.",
        ], error.Problems);
        Assert.Single(item.Versions);
    }

    [Fact]
    public void A_changed_German_source_refuses_the_file_unless_changed_sources_are_accepted()
    {
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "title", "مشاوره مهاجرت");
        SetTarget(exported, "mbe-awo", "summary", "مشاوره.");
        var file = RoundTrip(exported);
        var german = item.Published!.Translation("de")!;
        item.EditableVersion(Now.AddDays(1)).SetTranslation("de", german.Slug, german.Title, new Dictionary<string, string>(german.Fields) { ["summary"] = "Ganz neuer Text." });
        item.Transition(WorkflowState.Published, Now.AddDays(1));

        var error = Assert.Throws<XliffException>(() => XliffImport.Apply(file, Site("fa", item), false, Now.AddDays(2)));
        Assert.Equal(["Der deutsche Text von 'mbe-awo' (summary) wurde seit dem Export geändert."], error.Problems);
        Assert.Equal(2, item.Versions.Count);

        var report = XliffImport.Apply(file, Site("fa", item), true, Now.AddDays(2));

        var units = report.Items[0].Units.ToDictionary(u => u.UnitId);
        Assert.Equal(XliffUnitOutcome.Skipped, units["summary"].Outcome);
        Assert.Equal(XliffImport.SourceChanged, units["summary"].Reason);
        Assert.Equal(XliffUnitOutcome.Added, units["title"].Outcome);
        var published = item.Published!;
        Assert.Equal(3, published.Number);
        Assert.Equal("مشاوره مهاجرت", published.Translation("fa")!.Title);
        Assert.False(published.Translation("fa")!.Fields.ContainsKey("summary"));
        // Made from the German of version 1, so it stays outdated and comes back in the next export.
        Assert.Equal(1, published.Translation("fa")!.SourceVersion);
        Assert.Equal(TranslationStatus.Outdated, published.TranslationStatus("fa"));
    }

    [Fact]
    public void A_minor_German_edit_of_a_unit_is_a_changed_source_too()
    {
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "title", "مشاوره");
        var german = item.Published!.Translation("de")!;
        item.EditableVersion(Now.AddDays(1)).SetTranslation("de", german.Slug, german.Title, new Dictionary<string, string>(german.Fields) { ["cost"] = "Kostenlos." }, minorEdit: true);

        var error = Assert.Throws<XliffException>(() => XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now.AddDays(2)));

        Assert.Equal(["Der deutsche Text von 'mbe-awo' (cost) wurde seit dem Export geändert."], error.Problems);
    }

    [Fact]
    public void Unknown_items_fields_and_unpublished_items_are_all_listed()
    {
        var item = PublishedService();
        var draftOnly = ContentItem.Create(ContentType.Service, "entwurf", Now);
        draftOnly.Latest.SetTranslation("de", "entwurf", "Entwurf", new Dictionary<string, string>());
        var exported = XliffWriter.Write("fa", [item, PublishedService("geloescht"), PublishedService("entwurf")]);
        var unit = exported.Descendants(Ns + "unit").First(u => (string?)u.Attribute("id") == "cost");
        unit.SetAttributeValue("id", "fees");

        var error = Assert.Throws<XliffException>(() => XliffImport.Apply(RoundTrip(exported), Site("fa", item, draftOnly), false, Now));

        Assert.Equal(
        [
            "Unbekanntes Feld 'fees' bei 'mbe-awo' (erlaubt: title, slug, summary, body, cost, eligibility, access).",
            "Unbekannter Eintrag: 'geloescht'.",
            "Der Eintrag 'entwurf' ist nicht veröffentlicht; übersetzt werden nur veröffentlichte Texte.",
        ], error.Problems);
    }

    [Theory]
    [InlineData("de", "Die Zielsprache ist Deutsch ('de'), die Ausgangssprache; erwartet wird eine andere Sprache der Website.")]
    [InlineData("tr", "Die Zielsprache 'tr' ist keine Sprache dieser Website (vorhanden: en, ar, fa).")]
    public void The_target_language_must_be_a_site_culture_other_than_German(string culture, string message)
    {
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        exported.Root!.SetAttributeValue("trgLang", culture);

        var error = Assert.Throws<XliffException>(() => XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now));

        Assert.Equal([message], error.Problems);
    }

    [Fact]
    public void A_new_translation_without_a_title_takes_nothing_over()
    {
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "summary", "مشاوره.");

        var report = XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now);

        var result = Assert.Single(report.Items);
        Assert.Equal(XliffItemOutcome.NotWritten, result.Outcome);
        Assert.Equal(XliffImport.NoTitle, result.Units.Single(u => u.UnitId == "summary").Reason);
        Assert.Equal(XliffImport.NoTitle, result.Units.Single(u => u.UnitId == "slug").Reason);
        Assert.Equal(["title", "slug", "summary", "body", "cost"], result.Units.Select(u => u.UnitId));
        Assert.Single(item.Versions);
    }

    [Fact]
    public void A_discarded_draft_as_latest_version_is_refused()
    {
        var item = PublishedService();
        var exported = XliffWriter.Write("fa", [item]);
        SetTarget(exported, "mbe-awo", "title", "مشاوره");
        item.EditableVersion(Now.AddDays(1));
        item.Transition(WorkflowState.Archived, Now.AddDays(1));

        var error = Assert.Throws<XliffException>(() => XliffImport.Apply(RoundTrip(exported), Site("fa", item), false, Now.AddDays(2)));

        Assert.Contains("verworfener Entwurf", Assert.Single(error.Problems));
    }
}
