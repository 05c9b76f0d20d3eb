using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>What a publisher decided on a version in review on the entry's page.</summary>
public enum EntryDecisionKind
{
    Published,
    SentBack,
}

/// <summary>
/// Told after a publisher's decision on a version in review was saved, so that a feature can let
/// the version's author know (providers get an email). Listeners must not throw for a failed mail.
/// </summary>
public interface IEntryDecisionListener
{
    Task DecidedAsync(ContentItem item, ContentVersion version, EntryDecisionKind kind, string? comment, string baseUrl, CancellationToken ct);
}
