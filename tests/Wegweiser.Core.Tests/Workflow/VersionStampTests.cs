using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Tests.Workflow;

/// <summary>Publishing binds to the text the publisher read: the stamp follows the content, not the workflow.</summary>
public class VersionStampTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_stamp_changes_with_any_text_or_data_but_not_with_a_workflow_move_or_review_date()
    {
        var item = Draft();
        var first = VersionStamp.Of(item.Latest);

        item.Transition(WorkflowState.InReview, Now.AddHours(1));
        item.Latest.LastReviewedOn = new DateOnly(2026, 11, 25);
        var afterMove = VersionStamp.Of(item.Latest);
        item.Latest.SetTranslation("en", "counselling", "Counselling", new Dictionary<string, string>());
        var afterEnglish = VersionStamp.Of(item.Latest);
        item.Latest.Data.Contact = new ContactData { Phone = "+49 3628 1" };
        var afterPhone = VersionStamp.Of(item.Latest);

        Assert.Equal(first, afterMove);
        Assert.NotEqual(afterMove, afterEnglish);
        Assert.NotEqual(afterEnglish, afterPhone);
    }

    [Theory]
    [InlineData(1, true, true)]
    [InlineData(2, true, false)]
    [InlineData(null, true, false)]
    [InlineData(1, false, false)]
    public void Still_as_seen_needs_the_same_number_and_stamp(int? number, bool withStamp, bool expected)
    {
        var item = Draft();
        var stamp = withStamp ? VersionStamp.Of(item.Latest) : null;

        Assert.Equal(expected, VersionStamp.StillAsSeen(item, number, stamp));
    }

    [Fact]
    public void A_change_after_the_publisher_looked_is_no_longer_as_seen()
    {
        var item = Draft();
        var seen = VersionStamp.Of(item.Latest);

        item.Latest.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string> { ["summary"] = "Ganz anderer Text." });

        Assert.False(VersionStamp.StillAsSeen(item, 1, seen));
        Assert.False(VersionStamp.StillAsSeen(item, 1, "falsch"));
    }

    [Theory]
    [InlineData(WorkflowState.InReview, true, WorkflowState.Draft)]
    [InlineData(WorkflowState.Draft, false, WorkflowState.Draft)]
    [InlineData(WorkflowState.Published, false, WorkflowState.Published)]
    public void An_edit_sends_a_version_in_review_back_to_draft(WorkflowState state, bool sentBack, WorkflowState after)
    {
        var item = Draft();
        if (state != WorkflowState.Draft)
        {
            item.Transition(state, Now);
        }

        Assert.Equal(sentBack, item.ReturnToDraftForEdit(Now.AddHours(1)));
        Assert.Equal(after, item.Latest.State);
    }

    private static ContentItem Draft()
    {
        var item = ContentItem.Create(ContentType.Service, "beratung", Now);
        item.Latest.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string> { ["summary"] = "Hilfe." });
        return item;
    }
}
