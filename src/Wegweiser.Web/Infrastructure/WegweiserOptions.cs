using Wegweiser.Core.Review;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure;

/// <summary>Site configuration, bound from the <c>Wegweiser</c> section (env: <c>Wegweiser__…</c>).</summary>
public sealed class WegweiserOptions
{
    public const string Section = "Wegweiser";

    /// <summary>Where the SQLite database, logs and uploads live. Relative paths start at the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Where the recipe folders are; by default those shipped beside the executable.</summary>
    public string? RecipesFolder { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    /// <summary>The theme whose layout and stylesheet the site uses (a folder under <c>themes/</c>).</summary>
    public string Theme { get; set; } = "Default";

    /// <summary>
    /// The site's cultures as configured; use <see cref="SiteCultures"/>. Empty by default because
    /// the configuration binder appends to a list rather than replacing it.
    /// </summary>
    public List<string> Cultures { get; set; } = [];

    /// <summary>The configured cultures, each once, German first; just German when none are configured.</summary>
    public IReadOnlyList<string> SiteCultures =>
        Cultures.Prepend(Core.Content.Cultures.Source).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The county the site serves: its name in emails, the town key that means "the whole county".</summary>
    public CountyOptions County { get; set; } = new();

    /// <summary>The site's time zone for opening hours and dates.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    public ReviewPolicy Review { get; set; } = new();

    public Features.Accounts.AccountOptions Accounts { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public Features.ReviewRounds.ReviewRoundOptions ReviewRounds { get; set; } = new();

    public ResponseCaching.ResponseCacheOptions ResponseCache { get; set; } = new();

    /// <summary>When the collector's unused memory goes back to the system (<see cref="MemoryTrimmer"/>).</summary>
    public MemoryOptions Memory { get; set; } = new();

    /// <summary>The most addresses in one sitemap file (the protocol allows 50,000); more go into numbered parts.</summary>
    public int SitemapMaxUrls { get; set; } = Features.Feeds.Sitemap.MaxUrlsPerFile;

    /// <summary>
    /// The site's public address ("https://wegweiser.ilm-kreis.de"), for every absolute link
    /// (emails, QR codes, vCards, calendars, canonical links, sitemap, feeds) and, with https, for
    /// secure cookie names. Required outside Development; empty in Development: the request's
    /// scheme and host.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public Security.ReverseProxyOptions ReverseProxy { get; set; } = new();

    public Security.RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Protection of the data-protection keys at rest (a certificate), see <see cref="Security.DataProtectionKeyOptions"/>.</summary>
    public Security.DataProtectionKeyOptions DataProtection { get; set; } = new();

    /// <summary>The optional machine translation service for editors (DeepL or LibreTranslate).</summary>
    public Features.Translation.Machine.MachineTranslationOptions MachineTranslation { get; set; } = new();

    public string ResolveDataFolder(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataFolder) ? DataFolder : Path.Combine(contentRoot, DataFolder));

    /// <summary>
    /// The configured recipes folder; else the repository's <c>content-recipes</c> above the
    /// content root (so edits apply without a rebuild); else the copy beside the executable.
    /// </summary>
    public string ResolveRecipesFolder(string contentRoot)
    {
        if (RecipesFolder is not null)
        {
            return Path.GetFullPath(Path.IsPathRooted(RecipesFolder) ? RecipesFolder : Path.Combine(contentRoot, RecipesFolder));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content-recipes");
            if (File.Exists(Path.Combine(dir.FullName, "Wegweiser.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content-recipes");
    }
}
