using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.Feeds;

/// <summary>A published entry with its section and when its public version last changed.</summary>
public sealed record FeedEntry(PublishedEntry Entry, DirectorySection Section, DateTime UpdatedUtc);
