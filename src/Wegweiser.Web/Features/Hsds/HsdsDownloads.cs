using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The public download <c>/daten/wegweiser-&lt;culture&gt;.zip</c>: the culture's <see cref="HsdsExport"/>
/// as one zip, built once per content change (and per day, as courses end) and kept in memory.
/// </summary>
public sealed class HsdsDownloads(SiteClock clock)
{
    public const string Folder = "/daten";

    private readonly ConcurrentDictionary<string, Lazy<Task<Built>>> _built = new(StringComparer.Ordinal);

    public sealed record Built(long Version, DateOnly Day, DateTime DataDateUtc, byte[] Zip);

    public static string PathOf(string culture) => $"{Folder}/wegweiser-{culture}.zip";

    /// <summary>The zip of <paramref name="culture"/> for the current content, built when the content or the day changed.</summary>
    public async Task<Built> GetAsync(HsdsExport export, string culture, CancellationToken ct)
    {
        var version = await export.VersionAsync(ct);
        var today = clock.Today;
        var current = _built.GetOrAdd(culture, _ => Create(export, culture, ct));
        if (current.IsValueCreated && current.Value.IsCompletedSuccessfully && (current.Value.Result.Version != version || current.Value.Result.Day != today))
        {
            _built.TryUpdate(culture, Create(export, culture, ct), current);
            current = _built[culture];
        }

        try
        {
            return await current.Value;
        }
        catch
        {
            _built.TryRemove(new KeyValuePair<string, Lazy<Task<Built>>>(culture, current));
            throw;
        }
    }

    private Lazy<Task<Built>> Create(HsdsExport export, string culture, CancellationToken ct) => new(async () =>
    {
        var package = await export.BuildAsync(culture, ct);
        return new Built(package.Version, clock.Today, package.DataDateUtc, package.Zip());
    });

    public static async Task<IResult> ServeAsync(string file, HttpContext http, HsdsExport export, HsdsDownloads downloads, IOptions<WegweiserOptions> site, CancellationToken ct)
    {
        const string prefix = "wegweiser-", suffix = ".zip";
        var culture = file.StartsWith(prefix, StringComparison.Ordinal) && file.EndsWith(suffix, StringComparison.Ordinal)
            ? file[prefix.Length..^suffix.Length] : null;
        if (culture is null || !site.Value.SiteCultures.Contains(culture))
        {
            return Results.NotFound();
        }

        var built = await downloads.GetAsync(export, culture, ct);
        http.Response.Headers.AccessControlAllowOrigin = "*";
        return Results.File(built.Zip, "application/zip", $"wegweiser-{culture}.zip", lastModified: new DateTimeOffset(DateTime.SpecifyKind(built.DataDateUtc, DateTimeKind.Utc)));
    }
}
