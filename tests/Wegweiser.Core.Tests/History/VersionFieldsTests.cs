using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Core.Scheduling;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Tests.History;

/// <summary>Two versions compared field by field, for the audit trail and the diff page.</summary>
public class VersionFieldsTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_changed_fields_are_listed_with_old_and_new_values_German_texts_first()
    {
        var item = ContentItem.Create(ContentType.Course, "kurs", Now);
        var v1 = item.Latest;
        v1.SetTranslation("de", "kurs", "Kurs", new Dictionary<string, string> { ["summary"] = "Alt" });
        v1.Data.Course = new CourseData { Level = "A1" };
        v1.Data.Topics = ["sprache-bildung"];
        item.Transition(WorkflowState.Published, Now);
        var v2 = item.EditableVersion(Now);
        v2.SetTranslation("de", "kurs", "Kurs", new Dictionary<string, string> { ["summary"] = "Neu" });
        v2.Data.Course!.Level = "A2";
        v2.Data.Schedule = ScheduleText.Parse("Mo 09:00-12:00").Schedule;

        var changes = VersionFields.Diff(v1, v2);

        Assert.Equal(
            [new FieldChange("de.summary", "Alt", "Neu"), new FieldChange("course.level", "A1", "A2"), new FieldChange("schedule", null, "Mo 09:00-12:00")],
            changes);
    }

    [Fact]
    public void Restoring_an_old_version_while_a_draft_is_open_puts_the_old_texts_into_that_draft()
    {
        var item = ContentItem.Create(ContentType.Club, "chor", Now);
        item.Latest.SetTranslation("de", "chor", "Chor", new Dictionary<string, string>());
        item.Transition(WorkflowState.Published, Now);
        item.EditableVersion(Now).SetTranslation("de", "chor", "Chor neu", new Dictionary<string, string>());
        item.Transition(WorkflowState.InReview, Now);

        var draft = item.RestoreVersion(1, Now);

        Assert.Equal(2, draft.Number);
        Assert.Equal(WorkflowState.Draft, draft.State);
        Assert.Equal("Chor", draft.Translation("de")!.Title);
        Assert.Equal(1, item.Published!.Number);
        Assert.Empty(VersionFields.Diff(item.Published, draft));
    }

    [Fact]
    public void Archiving_takes_the_live_version_offline_and_keeps_an_open_draft()
    {
        var item = ContentItem.Create(ContentType.Club, "chor", Now);
        item.Latest.SetTranslation("de", "chor", "Chor", new Dictionary<string, string>());
        item.Transition(WorkflowState.Published, Now);
        item.EditableVersion(Now);

        item.Archive(Now);

        Assert.Null(item.Published);
        Assert.Equal(WorkflowState.Archived, item.Versions[0].State);
        Assert.Equal(WorkflowState.Draft, item.Latest.State);
    }
}
