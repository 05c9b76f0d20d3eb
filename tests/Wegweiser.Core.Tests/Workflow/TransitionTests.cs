using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Tests.Workflow;

public class TransitionTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(WorkflowState.Draft, WorkflowState.InReview, true)]
    [InlineData(WorkflowState.Draft, WorkflowState.Published, true)]
    [InlineData(WorkflowState.Draft, WorkflowState.Archived, true)]
    [InlineData(WorkflowState.InReview, WorkflowState.Draft, true)]
    [InlineData(WorkflowState.InReview, WorkflowState.Published, true)]
    [InlineData(WorkflowState.Published, WorkflowState.Archived, true)]
    [InlineData(WorkflowState.Archived, WorkflowState.Draft, true)]
    [InlineData(WorkflowState.Published, WorkflowState.Draft, false)]
    [InlineData(WorkflowState.Published, WorkflowState.InReview, false)]
    [InlineData(WorkflowState.Archived, WorkflowState.Published, false)]
    [InlineData(WorkflowState.InReview, WorkflowState.Archived, false)]
    [InlineData(WorkflowState.Draft, WorkflowState.Draft, false)]
    [InlineData(WorkflowState.Published, WorkflowState.Published, false)]
    public void Rules_allow_only_the_editorial_transitions(WorkflowState from, WorkflowState to, bool allowed)
    {
        Assert.Equal(allowed, WorkflowRules.CanTransition(from, to));
    }

    [Fact]
    public void A_refused_transition_throws_and_leaves_the_state()
    {
        var item = PublishedService();

        var error = Assert.Throws<InvalidTransitionException>(() => item.Transition(WorkflowState.InReview, Now));

        Assert.Equal(WorkflowState.Published, error.From);
        Assert.Equal(WorkflowState.Published, item.Latest.State);
        Assert.True(item.Latest.IsPublished);
    }

    [Fact]
    public void Editing_a_published_item_keeps_the_published_version_live()
    {
        var item = PublishedService();

        var draft = item.EditableVersion(Now.AddDays(1), "editor");
        draft.SetTranslation("de", "beratung", "Beratung (neu)", new Dictionary<string, string> { ["summary"] = "Neu." });

        Assert.Equal(2, draft.Number);
        Assert.Equal(WorkflowState.Draft, draft.State);
        Assert.Equal(1, item.Published!.Number);
        Assert.Equal("Beratung", item.Published.Translation("de")!.Title);
    }

    [Fact]
    public void Publishing_the_next_version_replaces_the_live_one()
    {
        var item = PublishedService();
        var draft = item.EditableVersion(Now.AddDays(1));
        draft.SetTranslation("de", "beratung", "Beratung (neu)", new Dictionary<string, string>());

        item.Transition(WorkflowState.InReview, Now.AddDays(2));
        item.Transition(WorkflowState.Published, Now.AddDays(3));

        Assert.Equal(2, item.Published!.Number);
        Assert.Single(item.Versions, v => v.IsPublished);
        Assert.Equal(WorkflowState.Published, item.Versions[0].State);
        Assert.Equal(Now.AddDays(3), item.Published.PublishedUtc);
    }

    [Fact]
    public void Editing_a_draft_changes_it_in_place()
    {
        var item = ContentItem.Create(ContentType.Club, "schachclub", Now);

        var version = item.EditableVersion(Now.AddHours(1));

        Assert.Same(item.Latest, version);
        Assert.Single(item.Versions);
    }

    [Fact]
    public void Archiving_takes_the_item_offline()
    {
        var item = PublishedService();

        item.Transition(WorkflowState.Archived, Now.AddDays(1));

        Assert.Null(item.Published);
        Assert.Equal(WorkflowState.Archived, item.Latest.State);
    }

    [Fact]
    public void An_item_without_German_text_cannot_be_published()
    {
        var item = ContentItem.Create(ContentType.Service, "leer", Now);

        Assert.Throws<InvalidOperationException>(() => item.Transition(WorkflowState.Published, Now));
        Assert.Null(item.Published);
    }

    [Fact]
    public void The_id_is_stable_for_a_key()
    {
        var a = ContentItem.Create(ContentType.Service, "mbe-awo", Now);
        var b = ContentItem.Create(ContentType.Service, "mbe-awo", Now.AddYears(1));

        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, ContentItem.Create(ContentType.Service, "mbe-malteser", Now).Id);
    }

    [Fact]
    public void Rejecting_a_version_in_review_keeps_the_published_text_and_drops_the_version()
    {
        var item = PublishedService();
        var draft = item.EditableVersion(Now.AddDays(1), "anbieter");
        draft.SetTranslation("de", "beratung", "Beratung (abgelehnt)", new Dictionary<string, string>());
        item.Transition(WorkflowState.InReview, Now.AddDays(1));

        var rejected = item.RejectInReview(Now.AddDays(2));

        Assert.Same(draft, rejected);
        Assert.Single(item.Versions);
        Assert.Same(item.Published, item.Latest);
        Assert.Equal("Beratung", item.Latest.Translation("de")!.Title);
        Assert.Equal(2, item.EditableVersion(Now.AddDays(3)).Number); // the next draft starts from the published text
        Assert.Equal("Beratung", item.Latest.Translation("de")!.Title);
    }

    [Fact]
    public void Rejecting_the_only_version_archives_it_so_it_never_becomes_public()
    {
        var item = ContentItem.Create(ContentType.Event, "fest", Now, "anbieter");
        item.Latest.SetTranslation("de", "fest", "Fest", new Dictionary<string, string>());
        item.Transition(WorkflowState.InReview, Now);

        item.RejectInReview(Now.AddDays(1));

        Assert.Single(item.Versions);
        Assert.Equal(WorkflowState.Archived, item.Latest.State);
        Assert.Null(item.Published);
    }

    [Fact]
    public void Only_a_version_in_review_can_be_rejected()
    {
        var item = PublishedService();

        Assert.Throws<InvalidTransitionException>(() => item.RejectInReview(Now));
        Assert.Equal(WorkflowState.Published, item.Latest.State);
    }

    internal static ContentItem PublishedService()
    {
        var item = ContentItem.Create(ContentType.Service, "beratung", Now);
        item.Latest.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string> { ["summary"] = "Hilfe." });
        item.Transition(WorkflowState.Published, Now);
        return item;
    }
}
