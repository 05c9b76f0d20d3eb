using Wegweiser.Core.Content;
using Wegweiser.Core.Tests.Workflow;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Tests.Translation;

public class TranslationStatusTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_culture_without_text_is_missing()
    {
        var item = TransitionTests.PublishedService();

        Assert.Equal(TranslationStatus.Missing, item.Latest.TranslationStatus("ar"));
        Assert.Equal(TranslationStatus.UpToDate, item.Latest.TranslationStatus("de"));
    }

    [Fact]
    public void A_translation_records_the_German_source_version()
    {
        var item = TransitionTests.PublishedService();

        var english = item.Latest.SetTranslation("en", "advice", "Advice", new Dictionary<string, string>());

        Assert.Equal(1, english.SourceVersion);
        Assert.Equal(TranslationStatus.UpToDate, item.Latest.TranslationStatus("en"));
    }

    [Fact]
    public void Changing_the_German_text_marks_translations_outdated()
    {
        var item = TransitionTests.PublishedService();
        item.Latest.SetTranslation("en", "advice", "Advice", new Dictionary<string, string>());

        var draft = item.EditableVersion(Now);
        draft.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string> { ["summary"] = "Hilfe bei Fragen zum Aufenthalt." });

        Assert.Equal(TranslationStatus.Outdated, draft.TranslationStatus("en"));
        Assert.Equal(2, draft.Translation("de")!.SourceVersion);
        Assert.Equal(TranslationStatus.UpToDate, item.Published!.TranslationStatus("en"));
    }

    [Fact]
    public void A_minor_German_edit_keeps_translations_current()
    {
        var item = TransitionTests.PublishedService();
        item.Latest.SetTranslation("en", "advice", "Advice", new Dictionary<string, string>());

        var draft = item.EditableVersion(Now);
        draft.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string> { ["summary"] = "Hilfe!" }, minorEdit: true);

        Assert.Equal(TranslationStatus.UpToDate, draft.TranslationStatus("en"));
    }

    [Fact]
    public void Saving_unchanged_German_text_is_no_change()
    {
        var item = TransitionTests.PublishedService();
        item.Latest.SetTranslation("en", "advice", "Advice", new Dictionary<string, string>());

        var draft = item.EditableVersion(Now);
        draft.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string> { ["summary"] = "Hilfe." });

        Assert.Equal(TranslationStatus.UpToDate, draft.TranslationStatus("en"));
    }

    [Fact]
    public void Updating_an_outdated_translation_makes_it_current()
    {
        var item = TransitionTests.PublishedService();
        item.Latest.SetTranslation("en", "advice", "Advice", new Dictionary<string, string>());
        var draft = item.EditableVersion(Now);
        draft.SetTranslation("de", "beratung", "Migrationsberatung", new Dictionary<string, string>());

        draft.SetTranslation("en", "advice", "Migration advice", new Dictionary<string, string>());

        Assert.Equal(TranslationStatus.UpToDate, draft.TranslationStatus("en"));
        Assert.Equal(2, draft.Translation("en")!.SourceVersion);
    }

    [Fact]
    public void A_machine_translation_is_reported_as_such_until_outdated()
    {
        var item = TransitionTests.PublishedService();
        item.Latest.SetTranslation("tr", "danismanlik", "Danışmanlık", new Dictionary<string, string>()).IsMachineTranslated = true;

        Assert.Equal(TranslationStatus.MachineTranslated, item.Latest.TranslationStatus("tr"));
    }

    [Fact]
    public void A_translation_needs_German_first()
    {
        var item = ContentItem.Create(ContentType.Service, "neu", Now);

        Assert.Throws<InvalidOperationException>(() => item.Latest.SetTranslation("en", "new", "New", new Dictionary<string, string>()));
        Assert.Equal(WorkflowState.Draft, item.Latest.State);
    }
}
