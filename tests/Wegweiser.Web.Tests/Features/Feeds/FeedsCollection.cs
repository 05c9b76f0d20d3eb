namespace Wegweiser.Web.Tests.Features.Feeds;

/// <summary>
/// The feed tests only read, so they share one site: fewer hosts starting in parallel on a
/// two-core machine, and the test entries are created once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FeedsCollection : ICollectionFixture<FeedsSiteFixture>
{
    public const string Name = "Feeds site";
}
