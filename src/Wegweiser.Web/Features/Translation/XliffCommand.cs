using Microsoft.Extensions.Options;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Data.Translation;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation;

/// <summary>
/// <c>xliff export</c> and <c>xliff import</c>: XLIFF 2.0 files for translation agencies. Export
/// writes one file per culture from published texts; import checks the whole file and changes
/// nothing when anything is wrong.
/// </summary>
public static class XliffCommand
{
    public const string ExportUsage = "xliff export --culture SPRACHE [--culture SPRACHE …] (--items SCHLÜSSEL,SCHLÜSSEL | --missing) --out ORDNER";
    public const string ImportUsage = "xliff import DATEI [--accept-changed-sources]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        switch (args.FirstOrDefault())
        {
            case "export":
                return await ExportAsync(services, args[1..], output, error);
            case "import":
                return await ImportAsync(services, args[1..], output, error);
            default:
                error.WriteLine("Aufruf:");
                error.WriteLine($"  {ExportUsage}");
                error.WriteLine($"  {ImportUsage}");
                return 2;
        }
    }

    private static async Task<int> ExportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var cultures = new List<string>();
        List<string>? keys = null;
        var missing = false;
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--culture" when i + 1 < args.Length:
                    cultures.Add(args[++i]);
                    break;
                case "--items" when i + 1 < args.Length:
                    keys = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                case "--missing":
                    missing = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                default:
                    error.WriteLine($"Unbekannte Angabe: {args[i]}. Aufruf: {ExportUsage}");
                    return 2;
            }
        }

        if (cultures.Count == 0 || folder is null || missing == (keys is not null) || keys is { Count: 0 })
        {
            error.WriteLine($"Aufruf: {ExportUsage}");
            error.WriteLine("Mit --items die genannten Einträge, mit --missing alles, was in der Sprache fehlt oder veraltet ist.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().MigrateAsync();
        var exporter = scope.ServiceProvider.GetRequiredService<XliffExportService>();
        var siteCultures = SiteCultures(services);
        var exports = new List<(string Culture, XliffExport? Export)>();
        try
        {
            // Everything is made before anything is written, so a problem leaves no half set of files.
            foreach (var culture in cultures.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                exports.Add((culture, await exporter.ExportAsync(culture, siteCultures, keys)));
            }
        }
        catch (XliffException e)
        {
            WriteProblems(error, e, "Es wurde keine Datei geschrieben.");
            return 1;
        }

        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await WriteFilesAsync(exports, folder, today, output);
        return 0;
    }

    /// <summary>One file per language that has something to translate, named by language and date; a note for the others.</summary>
    private static async Task WriteFilesAsync(IEnumerable<(string Culture, XliffExport? Export)> exports, string folder, string today, TextWriter output)
    {
        System.IO.Directory.CreateDirectory(folder);
        foreach (var (culture, export) in exports)
        {
            if (export is null)
            {
                output.WriteLine($"{culture}: Nichts fehlt oder ist veraltet; keine Datei geschrieben.");
                continue;
            }

            var path = FreePath(folder, $"wegweiser-de-{export.Culture}-{today}");
            await using (var stream = File.Create(path))
            {
                XliffWriter.Save(export.Document, stream);
            }

            output.WriteLine($"{export.Culture}: {path} ({export.Items} Einträge, {export.Units} Texte)");
        }
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        string? file = null;
        var acceptChangedSources = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--accept-changed-sources":
                    acceptChangedSources = true;
                    break;
                case var value when file is null && !value.StartsWith("--", StringComparison.Ordinal):
                    file = value;
                    break;
                default:
                    error.WriteLine($"Unbekannte Angabe: {arg}. Aufruf: {ImportUsage}");
                    return 2;
            }
        }

        if (file is null)
        {
            error.WriteLine($"Aufruf: {ImportUsage}");
            return 2;
        }

        if (!File.Exists(file))
        {
            error.WriteLine($"Die Datei '{file}' gibt es nicht.");
            error.WriteLine("Nichts wurde geändert.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().MigrateAsync();
        var importer = scope.ServiceProvider.GetRequiredService<XliffImportService>();
        XliffImportReport report;
        try
        {
            await using var stream = File.OpenRead(file);
            report = await importer.ImportAsync(stream, SiteCultures(services), acceptChangedSources, $"cli:{Environment.UserName}");
        }
        catch (XliffException e)
        {
            WriteProblems(error, e, "Nichts wurde geändert.");
            return 1;
        }

        XliffReportWriter.Write(report, output);
        return 0;
    }

    private static IReadOnlyList<string> SiteCultures(IServiceProvider services) =>
        services.GetRequiredService<IOptions<WegweiserOptions>>().Value.SiteCultures;

    private static void WriteProblems(TextWriter error, XliffException e, string closing)
    {
        foreach (var problem in e.Problems)
        {
            error.WriteLine(problem);
        }

        error.WriteLine(closing);
    }

    /// <summary>A file name in <paramref name="folder"/> that does not exist yet: never overwrite a file already sent out.</summary>
    private static string FreePath(string folder, string stem)
    {
        var path = Path.Combine(folder, stem + ".xlf");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{stem}-{n}.xlf");
        }

        return path;
    }
}
