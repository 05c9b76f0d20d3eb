using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// <c>export sheet</c> and <c>import sheet</c>: the editor area's spreadsheets on the command line.
/// The import runs as an administrator named <c>cli:&lt;user&gt;</c> in the audit trail, checks
/// everything first and changes nothing when anything is wrong.
/// </summary>
public static class SheetCommand
{
    public const string ExportUsage = "export sheet --type ART --out DATEI.xlsx|DATEI.csv [--culture SPRACHE …] [--state STATUS] [--topic THEMA]";
    public const string ImportUsage = "import sheet DATEI [--publish]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error) =>
        args[0] == "export" ? await ExportAsync(services, args[2..], output, error) : await ImportAsync(services, args[2..], output, error);

    private static async Task<int> ExportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        string? type = null, file = null, state = null, topic = null;
        var cultures = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--type" when i + 1 < args.Length: type = args[++i]; break;
                case "--out" when i + 1 < args.Length: file = args[++i]; break;
                case "--culture" when i + 1 < args.Length: cultures.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--state" when i + 1 < args.Length: state = args[++i]; break;
                case "--topic" when i + 1 < args.Length: topic = args[++i]; break;
                default:
                    error.WriteLine($"Unbekannte Angabe: {args[i]}. Aufruf: {ExportUsage}");
                    return 2;
            }
        }

        var contentType = Enum.TryParse<ContentType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ContentType?)null;
        var format = file is null ? null : SheetReader.FormatOf(file);
        var workflowState = state is null ? null : EntryListFilter.States.TryGetValue(state, out var s) ? s : (Core.Workflow.WorkflowState?)null;
        if (contentType is null || format is null || (state is not null && workflowState is null))
        {
            error.WriteLine($"Aufruf: {ExportUsage}");
            error.WriteLine($"Arten: {string.Join(", ", Enum.GetNames<ContentType>())}. Status: {string.Join(", ", EntryListFilter.States.Keys)}.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().MigrateAsync();
        var exporter = scope.ServiceProvider.GetRequiredService<SheetExporter>();
        await using var buffer = new MemoryStream();
        var count = await exporter.WriteAsync(new SheetExporter.Request(contentType.Value, workflowState, topic, cultures), format.Value, buffer, default);
        await File.WriteAllBytesAsync(file!, buffer.ToArray());
        output.WriteLine($"{file}: {count} Einträge ({contentType}).");
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        string? file = null;
        var publish = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--publish": publish = true; break;
                case var value when file is null && !value.StartsWith("--", StringComparison.Ordinal): file = value; break;
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
            error.WriteLine($"Die Datei '{file}' gibt es nicht. Nichts wurde geändert.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().MigrateAsync();
        var t = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        SheetPlan plan;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > SheetLimits.MaxFileBytes)
            {
                throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.FileSize", SheetLimits.MaxFileBytes / (1024 * 1024)]));
            }

            var table = SheetReader.Read(await File.ReadAllBytesAsync(file), file, t);
            plan = await scope.ServiceProvider.GetRequiredService<SheetImporter>().ApplyAsync(table, CommandLineUser(), publish, default);
        }
        catch (SheetException e)
        {
            plan = new SheetPlan(null, [], 0, e.Problems);
        }

        return Report(plan, publish, output, error);
    }

    private static int Report(SheetPlan plan, bool publish, TextWriter output, TextWriter error)
    {
        if (!plan.IsValid)
        {
            foreach (var problem in plan.Problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine("Nichts wurde geändert.");
            return 1;
        }

        foreach (var entry in plan.Changes)
        {
            output.WriteLine($"{entry.Key}: {entry.Changes.Count} Felder geändert{(publish ? ", veröffentlicht" : ", Entwurf")}");
            foreach (var change in entry.Changes)
            {
                output.WriteLine($"  {change.Field}");
            }
        }

        output.WriteLine($"Zusammen: {plan.Changes.Count} Einträge geändert, {plan.Unchanged} unverändert.");
        return 0;
    }

    /// <summary>Whoever runs the verb on the server may do what an administrator may.</summary>
    private static ClaimsPrincipal CommandLineUser() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"cli:{Environment.UserName}"), new Claim(ClaimTypes.Role, Roles.Administrator)], "cli"));
}
