using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Offline;

/// <summary>
/// The service worker (<c>/sw.js</c>): the hand-written script <c>service-worker.js</c> with its
/// settings filled in: the shell files, the offline page of every culture, the private prefixes
/// (<see cref="ResponseCacheRules.PrivatePrefixes"/>) and a version made from all of them and the
/// build (and the optional <see cref="AppManifestOptions.BuildId"/>). A new build or a changed
/// asset gives a new script, so browsers install it and drop the old caches.
/// </summary>
public sealed class ServiceWorkerScript(ShellAssets assets, IOptions<WegweiserOptions> options, IConfiguration configuration)
{
    public const string Path = "/sw.js";

    public const string ContentType = "text/javascript; charset=utf-8";

    private const string Placeholder = "/*CONFIG*/null";

    private Built? _built;

    /// <summary>The script with its settings.</summary>
    public string Text => Current().Text;

    /// <summary>The version the caches are named with ("wegweiser-pages-{version}").</summary>
    public string Version => Current().Version;

    /// <summary>The name of the cache holding a culture's saved directory ("Save for offline").</summary>
    public string SavedCache(string culture) => $"wegweiser-saved-{culture}-{Version}";

    private Built Current()
    {
        // Read on each request, not bound once: a deployment may change it while the site runs.
        var buildId = configuration[$"{AppManifestOptions.Section}:{nameof(AppManifestOptions.BuildId)}"] ?? "";
        var built = Volatile.Read(ref _built);
        if (built is null || built.BuildId != buildId)
        {
            built = Build(assets, options.Value.SiteCultures, buildId);
            Volatile.Write(ref _built, built);
        }

        return built;
    }

    /// <summary>The address of a culture's offline page.</summary>
    public static string OfflinePage(string culture) => $"/{culture}/offline";

    private static Built Build(ShellAssets assets, IReadOnlyList<string> cultures, string buildId)
    {
        var template = ReadTemplate();
        var shell = assets.Files().Concat(cultures.Select(OfflinePage)).Distinct(StringComparer.Ordinal).ToList();
        var build = typeof(ServiceWorkerScript).Assembly.ManifestModule.ModuleVersionId.ToString("N") + buildId;
        var settings = JsonSerializer.Serialize(new { shell, cultures, privatePrefixes = ResponseCacheRules.PrivatePrefixes });
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(build + settings + template)))[..12];
        var config = JsonSerializer.Serialize(new { version, shell, cultures, privatePrefixes = ResponseCacheRules.PrivatePrefixes });
        return new Built(buildId, version, template.Replace(Placeholder, config, StringComparison.Ordinal));
    }

    private sealed record Built(string BuildId, string Version, string Text);

    private static string ReadTemplate()
    {
        using var stream = typeof(ServiceWorkerScript).Assembly.GetManifestResourceStream("Wegweiser.Web.Features.Offline.service-worker.js")
            ?? throw new InvalidOperationException("The service worker script is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
