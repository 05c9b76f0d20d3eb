using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Offline;

/// <summary>
/// The web app manifest of one culture (<c>/{culture}/manifest.webmanifest</c>): names in the
/// culture's language, its direction, start address and scope <c>/{culture}/</c>, the theme's icons.
/// </summary>
public sealed class WebAppManifest(
    IStringLocalizer<SharedResource> texts, ShellAssets assets, IOptions<AppManifestOptions> app, IOptions<WegweiserOptions> site)
{
    public const string ContentType = "application/manifest+json; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The address of a culture's manifest.</summary>
    public static string Link(string culture) => $"/{culture}/manifest.webmanifest";

    /// <summary>The manifest in the request's culture (set from the address), as JSON.</summary>
    public string For(string culture)
    {
        var county = site.Value.County.Name;
        var start = $"/{culture}/";
        var manifest = new Manifest(
            Id: start,
            Name: texts["Site.Name", county].Value,
            ShortName: texts["App.ShortName"].Value,
            Description: texts["App.Description", county].Value,
            Lang: culture,
            Dir: Cultures.IsRightToLeft(culture) ? "rtl" : "ltr",
            StartUrl: start,
            Scope: start,
            Display: "standalone",
            ThemeColor: app.Value.ThemeColor,
            BackgroundColor: app.Value.BackgroundColor,
            Icons: ShellAssets.Icons.Select(i => new Icon(assets.Theme(i.File), $"{i.Size}x{i.Size}", "image/png", i.Purpose)).ToList());
        return JsonSerializer.Serialize(manifest, Json);
    }

    private sealed record Manifest(
        string Id, string Name, string ShortName, string Description, string Lang, string Dir, string StartUrl, string Scope,
        string Display, string ThemeColor, string BackgroundColor, IReadOnlyList<Icon> Icons);

    private sealed record Icon(string Src, string Sizes, string Type, string Purpose);
}
