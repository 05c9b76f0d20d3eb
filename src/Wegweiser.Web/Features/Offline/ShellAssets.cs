using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Offline;

/// <summary>
/// The app shell: the fingerprinted addresses of the theme's stylesheet, logo, icons and scripts
/// (the same addresses the pages name), which the service worker keeps for offline use. Endpoints
/// outside Razor Pages carry no asset collection, so it is read once from the pages' endpoints.
/// </summary>
public sealed class ShellAssets(EndpointDataSource endpoints, IOptions<WegweiserOptions> options)
{
    /// <summary>The theme's app icons: file, size, purpose. Every theme provides these PNG files.</summary>
    public static readonly IReadOnlyList<(string File, int Size, string Purpose)> Icons =
    [
        ("icon-192.png", 192, "any"),
        ("icon-512.png", 512, "any"),
        ("icon-maskable-192.png", 192, "maskable"),
        ("icon-maskable-512.png", 512, "maskable"),
    ];

    /// <summary>The site's own script that registers the service worker (wwwroot/offline.js).</summary>
    public const string RegistrationScript = "offline.js";

    /// <summary>The script of "Save for offline" on the home page (wwwroot/offline-save.js).</summary>
    public const string SaveScript = "offline-save.js";

    /// <summary>The offline search of the saved index (wwwroot/offline-search.js).</summary>
    public const string SearchScript = "offline-search.js";

    private static readonly string[] ThemeFiles = ["site.css", "logo.svg", "suggest.js"];

    private ResourceAssetCollection? _assets;

    public string ThemeAssets => $"_content/Wegweiser.Theme.{options.Value.Theme}";

    /// <summary>The address of a theme file ("icon-192.png"), fingerprinted when known.</summary>
    public string Theme(string file) => Url($"{ThemeAssets}/{file}");

    /// <summary>The address of a file of the site's or a theme's wwwroot, fingerprinted when known.</summary>
    public string Url(string key)
    {
        var assets = _assets ??= endpoints.Endpoints
            .Select(e => e.Metadata.GetMetadata<ResourceAssetCollection>())
            .FirstOrDefault(a => a is not null);
        return "/" + (assets is null ? key : assets[key]);
    }

    /// <summary>Every file of the shell: stylesheet, logo, scripts and icons.</summary>
    public IEnumerable<string> Files() =>
        ThemeFiles.Concat(Icons.Select(i => i.File)).Select(Theme)
            .Concat(new[] { RegistrationScript, SaveScript, SearchScript }.Select(Url));
}
