using System.Collections.Concurrent;

namespace Wegweiser.Web.Features.Offline.Saving;

/// <summary>
/// Keeps the newest <see cref="OfflineBundle"/> of each culture until the content changes (a new
/// snapshot version), the day ends or a new deployment names other caches. One bundle per culture.
/// </summary>
public sealed class OfflineBundleCache
{
    private readonly ConcurrentDictionary<string, OfflineBundle> _byCulture = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _building = new(1, 1);

    public async Task<OfflineBundle> GetAsync(string culture, long contentVersion, DateOnly today, string cacheName, Func<Task<OfflineBundle>> build)
    {
        if (Fresh(culture, contentVersion, today, cacheName) is { } known)
        {
            return known;
        }

        // One build at a time: a burst of visitors after a change builds the bundle once.
        await _building.WaitAsync();
        try
        {
            if (Fresh(culture, contentVersion, today, cacheName) is { } built)
            {
                return built;
            }

            var bundle = await build();
            _byCulture[culture] = bundle;
            return bundle;
        }
        finally
        {
            _building.Release();
        }
    }

    private OfflineBundle? Fresh(string culture, long contentVersion, DateOnly today, string cacheName) =>
        _byCulture.TryGetValue(culture, out var bundle) && bundle.ContentVersion == contentVersion && bundle.Today == today && bundle.CacheName == cacheName
            ? bundle
            : null;
}
