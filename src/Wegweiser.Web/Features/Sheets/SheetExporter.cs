using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Writes the entries of one type (optionally of one workflow state and one topic) as a
/// spreadsheet: one row per entry with the latest version's texts and data (<see cref="SheetColumns"/>),
/// sorted by key. .xlsx through MiniExcel; .csv UTF-8 with BOM and ';' for German Excel, quoted where needed.
/// </summary>
public sealed class SheetExporter(ContentStore store, IOptions<WegweiserOptions> options)
{
    /// <summary>What to export.</summary>
    public sealed record Request(ContentType Type, WorkflowState? State, string? Topic, IReadOnlyList<string>? Cultures);

    /// <summary>The site's cultures asked for, German first and always there; null or empty: all.</summary>
    public IReadOnlyList<string> CulturesFor(IReadOnlyList<string>? wanted)
    {
        var site = options.Value.SiteCultures;
        return wanted is not { Count: > 0 }
            ? [.. site]
            : [Core.Content.Cultures.Source, .. site.Where(c => c != Core.Content.Cultures.Source && wanted.Contains(c))];
    }

    /// <summary>The rows as column → cell text (escaped against formulas), in column order.</summary>
    public async Task<(IReadOnlyList<string> Columns, List<Dictionary<string, object>> Rows)> RowsAsync(Request request, CancellationToken ct)
    {
        var cultures = CulturesFor(request.Cultures);
        var columns = SheetColumns.All(request.Type, cultures);
        var items = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => i.Type == request.Type).ToListAsync(ct);
        var rows = items
            .Where(i => i.Versions.Count > 0)
            .Where(i => request.State is not { } state || i.Latest.State == state)
            .Where(i => request.Topic is not { } topic || i.Latest.Data.Topics.Contains(topic))
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i =>
            {
                var values = SheetColumns.Values(i, cultures);
                var row = new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (var column in columns)
                {
                    row[column] = SheetCells.Out(values[column]);
                }

                return row;
            })
            .ToList();
        return (columns, rows);
    }

    /// <summary>Writes the spreadsheet to <paramref name="output"/>; returns the number of entries.</summary>
    public async Task<int> WriteAsync(Request request, SheetFormat format, Stream output, CancellationToken ct)
    {
        var (columns, rows) = await RowsAsync(request, ct);
        if (rows.Count == 0)
        {
            // An empty sheet still carries its header, so it can be filled and read back.
            rows.Add(columns.ToDictionary(c => c, _ => (object)"", StringComparer.Ordinal));
            await SaveAsync(output, format, rows, ct);
            return 0;
        }

        await SaveAsync(output, format, rows, ct);
        return rows.Count;
    }

    public static string ContentTypeOf(SheetFormat format) => format == SheetFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string FileName(ContentType type, SheetFormat format, DateOnly today) =>
        $"wegweiser-{ContentTypes.Of(type).Segment}-{today:yyyy-MM-dd}.{(format == SheetFormat.Xlsx ? "xlsx" : "csv")}";

    private static async Task SaveAsync(Stream output, SheetFormat format, List<Dictionary<string, object>> rows, CancellationToken ct)
    {
        // MiniExcel writes synchronously into its stream; a buffer keeps Kestrel's response free of synchronous writes.
        using var buffer = new MemoryStream();
        if (format == SheetFormat.Xlsx)
        {
            buffer.SaveAs(rows, excelType: ExcelType.XLSX);
        }
        else
        {
            buffer.SaveAs(rows, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = ';' });
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }
}
