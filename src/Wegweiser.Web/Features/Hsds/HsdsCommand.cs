using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Hsds;

/// <summary><c>export hsds --out ORDNER [--lang de,en,…]</c>: the HSDS export of each culture into <c>ORDNER/&lt;culture&gt;/</c>.</summary>
public static class HsdsCommand
{
    public const string Usage = "export hsds --out ORDNER [--lang de,en,…]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        string? folder = null;
        var cultures = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length: folder = args[++i]; break;
                case "--lang" when i + 1 < args.Length: cultures.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                default:
                    error.WriteLine($"Unbekannte Angabe: {args[i]}. Aufruf: {Usage}");
                    return 2;
            }
        }

        var siteCultures = services.GetRequiredService<IOptions<WegweiserOptions>>().Value.SiteCultures;
        var unknown = cultures.Where(c => !siteCultures.Contains(c)).ToList();
        if (folder is null || unknown.Count > 0)
        {
            error.WriteLine($"Aufruf: {Usage}");
            error.WriteLine($"Sprachen der Website: {string.Join(", ", siteCultures)}.{(unknown.Count > 0 ? $" Unbekannt: {string.Join(", ", unknown)}." : "")}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().MigrateAsync();
        var export = scope.ServiceProvider.GetRequiredService<HsdsExport>();
        foreach (var culture in cultures.Count > 0 ? cultures.Distinct() : siteCultures)
        {
            var package = await export.BuildAsync(culture, default);
            var target = Path.Combine(folder, culture);
            await package.WriteToAsync(target, default);
            output.WriteLine($"{target}: {package.Files.Count} Dateien (HSDS 3.1, Stand {package.DataDateUtc:yyyy-MM-dd}).");
        }

        return 0;
    }
}
