using System.Xml.Linq;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Core.Workflow;
using Wegweiser.Tests.Shared;
using static Wegweiser.Core.Tests.Translation.Xliff.XliffSamples;

namespace Wegweiser.Core.Tests.Translation.Xliff;

public class XliffWriterTests
{
    [Fact]
    public void A_published_item_becomes_one_file_with_a_unit_per_translatable_field()
    {
        // Arrange
        var item = PublishedService();
        item.Latest.SetTranslation("ar", "migration-advice", "استشارات الهجرة", new Dictionary<string, string>());

        // Act
        var document = XliffWriter.Write("ar", [item]);

        // Assert
        XliffSchema.AssertValid(document);
        var root = document.Root!;
        Assert.Equal(Ns + "xliff", root.Name);
        Assert.Equal("2.0", (string?)root.Attribute("version"));
        Assert.Equal("de", (string?)root.Attribute("srcLang"));
        Assert.Equal("ar", (string?)root.Attribute("trgLang"));
        var file = Assert.Single(root.Elements(Ns + "file"));
        Assert.Equal("mbe-awo", (string?)file.Attribute("id"));
        Assert.Equal("Service", (string?)file.Attribute("original"));
        Assert.Equal("rtl", (string?)file.Attribute("trgDir"));
        var note = file.Element(Ns + "notes")!.Element(Ns + "note")!;
        Assert.Equal("wegweiser-source-version", (string?)note.Attribute("category"));
        Assert.Equal("1", note.Value);
        var units = file.Elements(Ns + "unit").ToDictionary(u => (string)u.Attribute("id")!, u => u.Element(Ns + "segment")!);
        Assert.Equal(["title", "slug", "summary", "body", "cost"], units.Keys);
        Assert.Equal("Migrationsberatung für Erwachsene", units["title"].Element(Ns + "source")!.Value);
        Assert.Equal("استشارات الهجرة", units["title"].Element(Ns + "target")!.Value);
        Assert.Equal("translated", (string?)units["title"].Attribute("state"));
        Assert.Equal("mbe-awo", units["slug"].Element(Ns + "source")!.Value);
        Assert.Equal("migration-advice", units["slug"].Element(Ns + "target")!.Value);
        Assert.Null(units["summary"].Element(Ns + "target"));
        Assert.Equal("initial", (string?)units["summary"].Attribute("state"));
        Assert.Equal("Die **MBE** berät Zugewanderte.\n\nSie hilft bei Briefen und Anträgen.", units["body"].Element(Ns + "source")!.Value);
        Assert.Equal(5, XliffWriter.UnitCount(document));
    }

    [Fact]
    public void Only_the_published_text_is_exported_never_a_draft()
    {
        var item = PublishedService();
        var draft = item.EditableVersion(Now.AddDays(1));
        draft.SetTranslation("de", "mbe-awo", "Geheimer Entwurfstitel", new Dictionary<string, string> { ["summary"] = "Noch nicht freigegeben." });
        var draftOnly = ContentItem.Create(ContentType.Service, "nur-entwurf", Now);
        draftOnly.Latest.SetTranslation("de", "nur-entwurf", "Entwurf", new Dictionary<string, string>());

        var document = XliffWriter.Write("fa", [item]);

        var text = document.ToString();
        Assert.Contains("Migrationsberatung für Erwachsene", text);
        Assert.DoesNotContain("Geheimer Entwurfstitel", text);
        Assert.DoesNotContain("Noch nicht freigegeben", text);
        Assert.Throws<ArgumentException>(() => XliffWriter.Write("fa", [draftOnly]));
        Assert.Throws<ArgumentException>(() => XliffWriter.Write("de", [item]));
    }

    [Fact]
    public void Empty_German_fields_get_no_unit_and_Farsi_is_right_to_left()
    {
        var item = ContentItem.Create(ContentType.Club, "schach", Now);
        item.Latest.SetTranslation("de", "schachverein", "Schachverein", new Dictionary<string, string> { ["activities"] = "Schach spielen" });
        item.Transition(WorkflowState.Published, Now);

        var document = XliffWriter.Write("fa", [item]);

        XliffSchema.AssertValid(document);
        Assert.Equal(["title", "slug", "activities"], document.Descendants(Ns + "unit").Select(u => (string)u.Attribute("id")!));
        Assert.Equal("rtl", (string?)document.Root!.Element(Ns + "file")!.Attribute("trgDir"));
        Assert.Equal("Club", (string?)document.Root!.Element(Ns + "file")!.Attribute("original"));
    }

    [Fact]
    public void An_outdated_translation_is_offered_as_a_starting_point()
    {
        var item = PublishedService();
        item.Latest.SetTranslation("en", "migration-advice", "Migration advice", new Dictionary<string, string>());
        var second = item.EditableVersion(Now.AddDays(1));
        second.SetTranslation("de", "mbe-awo", "Migrationsberatung für Erwachsene (MBE)", new Dictionary<string, string> { ["summary"] = "Neu." });
        item.Transition(WorkflowState.Published, Now.AddDays(1));

        var document = XliffWriter.Write("en", [item]);

        var file = document.Root!.Element(Ns + "file")!;
        Assert.Equal("2", file.Element(Ns + "notes")!.Element(Ns + "note")!.Value);
        var title = file.Elements(Ns + "unit").First().Element(Ns + "segment")!;
        Assert.Equal("initial", (string?)title.Attribute("state"));
        Assert.Equal("Migration advice", title.Element(Ns + "target")!.Value);
        Assert.Equal("ltr", (string?)file.Attribute("trgDir"));
    }

    [Fact]
    public void Line_breaks_and_characters_XML_cannot_carry_survive_a_round_trip()
    {
        var item = ContentItem.Create(ContentType.Page, "seite", Now);
        item.Latest.SetTranslation("de", "seite", "Seite", new Dictionary<string, string> { ["body"] = "Erste Zeile\r\nZweite\u0001Zeile\n\n  eingerückt" });
        item.Transition(WorkflowState.Published, Now);
        var document = XliffWriter.Write("uk", [item]);
        using var stream = new MemoryStream();
        XliffWriter.Save(document, stream);
        var xml = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        XliffSchema.AssertValid(xml);
        Assert.Contains("<cp hex=\"0001\" />", xml);
        Assert.False(xml.StartsWith('\uFEFF'));
        stream.Position = 0;
        var body = XliffReader.Read(stream).Files[0].Units.Single(u => u.Id == "body");
        Assert.Equal("Erste Zeile\nZweite\u0001Zeile\n\n  eingerückt", body.Source);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("current", false)]
    [InlineData("outdated", true)]
    public void Export_of_everything_missing_takes_missing_and_outdated_translations(string? translation, bool expected)
    {
        var item = PublishedService();
        if (translation is not null)
        {
            item.Latest.SetTranslation("fa", "moshavere", "مشاوره", new Dictionary<string, string>());
        }

        if (translation == "outdated")
        {
            item.EditableVersion(Now.AddDays(1)).SetTranslation("de", "mbe-awo", "Neuer Titel", new Dictionary<string, string>());
            item.Transition(WorkflowState.Published, Now.AddDays(1));
        }

        Assert.Equal(expected, XliffSelection.NeedsTranslation(item, "fa"));
    }

    [Fact]
    public void Items_without_a_published_version_are_never_selected()
    {
        var draftOnly = ContentItem.Create(ContentType.Service, "entwurf", Now);
        draftOnly.Latest.SetTranslation("de", "entwurf", "Entwurf", new Dictionary<string, string>());

        Assert.False(XliffSelection.NeedsTranslation(draftOnly, "fa"));
    }

    [Fact]
    public void The_schema_check_itself_rejects_a_broken_document()
    {
        var document = XliffWriter.Write("fa", [PublishedService()]);
        document.Root!.Element(Ns + "file")!.Attribute("id")!.Remove();

        Assert.NotEmpty(XliffSchema.Problems(document));
    }
}
