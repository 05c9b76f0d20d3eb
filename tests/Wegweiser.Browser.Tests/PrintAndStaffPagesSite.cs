namespace Wegweiser.Browser.Tests;

/// <summary>
/// A second shared browser site, like <see cref="PublicPagesSite"/>, for the print views and the staff
/// pages that change nothing other classes see (two editor accounts of their own, a search index rebuild,
/// forms refused or only previewed). Two shared sites rather than one keep both cores busy: the classes of
/// one collection run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PrintAndStaffPagesSite : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser site: print and staff pages (no shared changes)";
}
