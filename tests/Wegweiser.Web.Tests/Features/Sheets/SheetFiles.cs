using System.IO.Compression;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Sheets;

namespace Wegweiser.Web.Tests.Features.Sheets;

/// <summary>Spreadsheets for the tests: export through the site's exporter, read and change rows as an editor would in Excel, write them back.</summary>
internal static class SheetFiles
{
    public static ClaimsPrincipal Editor(string role = Roles.Editor) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "tabellen-test"), new Claim(ClaimTypes.Role, role)], "test"));

    public static async Task<byte[]> ExportAsync(WegweiserFactory factory, ContentType type, SheetFormat format, IReadOnlyList<string>? cultures = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var buffer = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<SheetExporter>().WriteAsync(new SheetExporter.Request(type, null, null, cultures), format, buffer, default);
        return buffer.ToArray();
    }

    /// <summary>The rows by header name, in column order.</summary>
    public static List<Dictionary<string, object?>> Rows(byte[] bytes, SheetFormat format)
    {
        var stream = new MemoryStream(bytes);
        var rows = format == SheetFormat.Xlsx
            ? stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX)
            : stream.Query(useHeaderRow: true, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = ';' });
        return rows.Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
    }

    public static byte[] Write(IEnumerable<Dictionary<string, object?>> rows, SheetFormat format)
    {
        using var stream = new MemoryStream();
        var values = rows.Select(r => r.ToDictionary(c => c.Key, c => c.Value ?? (object)"")).ToList();
        if (format == SheetFormat.Xlsx)
        {
            stream.SaveAs(values, excelType: ExcelType.XLSX);
        }
        else
        {
            stream.SaveAs(values, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = ';' });
        }

        return stream.ToArray();
    }

    /// <summary>Checks (and, with <paramref name="apply"/>, takes over) a file as the editor area does.</summary>
    public static async Task<SheetPlan> ImportAsync(WegweiserFactory factory, byte[] bytes, string fileName, bool apply, bool publish = false, string role = Roles.Editor)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var t = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var importer = scope.ServiceProvider.GetRequiredService<SheetImporter>();
        try
        {
            var table = SheetReader.Read(bytes, fileName, t);
            return apply
                ? await importer.ApplyAsync(table, Editor(role), publish, default)
                : await importer.CheckAsync(table, Editor(role), default);
        }
        catch (SheetException e)
        {
            return new SheetPlan(null, [], 0, e.Problems);
        }
    }

    /// <summary>Replaces one part of an .xlsx archive.</summary>
    public static byte[] WithPart(byte[] xlsx, string part, Func<string, string> change)
    {
        using var copy = new MemoryStream();
        copy.Write(xlsx);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(change(text));
        }

        return copy.ToArray();
    }

    /// <summary>A small archive that unpacks to far more than the limit: one worksheet of spaces.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 200; i++)
            {
                part.Write(block);
            }
        }

        return stream.ToArray();
    }
}
