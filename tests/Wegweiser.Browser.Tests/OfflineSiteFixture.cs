namespace Wegweiser.Browser.Tests;

/// <summary>
/// The browser site with the service worker's own requests visible to Playwright's routes, so a
/// test can cut them off: <c>SetOfflineAsync</c> alone has not always reached service workers
/// (microsoft/playwright#2311). The variable must be set before Playwright starts.
/// </summary>
public sealed class OfflineSiteFixture : IAsyncLifetime
{
    public OfflineSiteFixture()
    {
        Environment.SetEnvironmentVariable("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1");
    }

    public BrowserSiteFixture Site { get; } = new();

    public Task InitializeAsync() => Site.InitializeAsync();

    public Task DisposeAsync() => Site.DisposeAsync();
}
