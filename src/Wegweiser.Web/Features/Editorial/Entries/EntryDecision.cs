using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>What a publisher decided on a version in review (on the entry's page, the moderation queue, the entry list or by plan).</summary>
public enum EntryDecisionKind
{
    Published,
    SentBack,
    Rejected,
}

/// <summary>
/// One decision on a version of an entry, with the publisher's comment (sent back) or reason
/// (rejected). Saved and told to the listeners by <see cref="EntryDecisionSaver"/>.
/// </summary>
public sealed record EntryDecision(ContentItem Item, ContentVersion Version, EntryDecisionKind Kind, string? Comment = null)
{
    /// <summary>
    /// The version a decision on <paramref name="item"/> is about, read before the step changes its
    /// state: the one in review, else an unpublished latest version; null when nothing is open.
    /// </summary>
    public static ContentVersion? Subject(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Versions.FirstOrDefault(v => v.State == WorkflowState.InReview) ?? (item.Latest is { IsPublished: false } latest ? latest : null);
    }
}

/// <summary>
/// Told after a publisher's decision on a version was saved, so that a feature can let the
/// version's author know (providers get an email). Listeners must not throw for a failed mail.
/// </summary>
public interface IEntryDecisionListener
{
    Task DecidedAsync(ContentItem item, ContentVersion version, EntryDecisionKind kind, string? comment, string baseUrl, CancellationToken ct);
}
