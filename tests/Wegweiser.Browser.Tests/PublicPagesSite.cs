namespace Wegweiser.Browser.Tests;

/// <summary>
/// One browser site (site and Chromium) for the test classes of public pages that only read: each
/// class used to start its own, which cost a site start, a search index and a Chromium per class.
/// A class that changes content others could see (an entry, a review, a registration, an account
/// others list) keeps its own <see cref="BrowserSiteFixture"/>. Collections run one at a time inside,
/// so the classes here never run at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublicPagesSite : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser site: public pages (read only)";
}
