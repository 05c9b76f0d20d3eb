namespace Wegweiser.Web.Features.Offline;

/// <summary>
/// The installed app's colours (<c>Wegweiser:App</c>); the defaults are the default theme's
/// primary colour and page background. The icons come from the theme (<see cref="ShellAssets"/>).
/// </summary>
public sealed class AppManifestOptions
{
    public const string Section = "Wegweiser:App";

    /// <summary>The colour of the phone's title bar around the installed app.</summary>
    public string ThemeColor { get; set; } = "#00508c";

    /// <summary>The colour of the splash screen while the app starts.</summary>
    public string BackgroundColor { get; set; } = "#ffffff";

    /// <summary>
    /// Optional: an id of the deployment (a release number or commit). Part of the service worker's
    /// version, so a new id makes browsers replace their saved caches even when the build is the same.
    /// </summary>
    public string? BuildId { get; set; }
}
