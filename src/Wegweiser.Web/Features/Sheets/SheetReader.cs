using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Reads an uploaded .xlsx or .csv file into a <see cref="SheetTable"/> with MiniExcel, after the
/// checks of <see cref="SheetLimits"/>: size, a real zip with bounded parts (unpacked once, counted,
/// before MiniExcel sees it), no formula cells, UTF-8 text for CSV, at most 5,000 rows. Anything
/// else is refused with a German message.
/// </summary>
public static class SheetReader
{
    public static SheetFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => SheetFormat.Xlsx,
        ".csv" => SheetFormat.Csv,
        _ => null,
    };

    public static SheetTable Read(byte[] bytes, string fileName, IStringLocalizer t)
    {
        if (FormatOf(fileName) is not { } format)
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.Extension"]));
        }

        if (bytes.LongLength > SheetLimits.MaxFileBytes)
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.FileSize", SheetLimits.MaxFileBytes / (1024 * 1024)]));
        }

        if (bytes.Length == 0)
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.Empty"]));
        }

        return format == SheetFormat.Xlsx ? ReadXlsx(bytes, t) : ReadCsv(bytes, t);
    }

    private static SheetTable ReadXlsx(byte[] bytes, IStringLocalizer t)
    {
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.NotXlsx"]));
        }

        var formulas = XlsxCheck.Formulas(bytes, t);
        if (formulas.Count > 0)
        {
            throw new SheetException(formulas);
        }

        return Collect(SheetFormat.Xlsx, () => new MemoryStream(bytes).Query(useHeaderRow: false, excelType: ExcelType.XLSX), t);
    }

    private static SheetTable ReadCsv(byte[] bytes, IStringLocalizer t)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.NotUtf8"]));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.NotCsv"]));
        }

        // German Excel writes ';'; a file with ',' and no ';' in its first line was written elsewhere.
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = text.AsSpan(0, end >= 0 ? end : text.Length);
        var separator = firstLine.Contains(';') || !firstLine.Contains(',') ? ';' : ',';
        var configuration = new CsvConfiguration { Seperator = separator };
        return Collect(SheetFormat.Csv, () => new MemoryStream(bytes).Query(useHeaderRow: false, excelType: ExcelType.CSV, configuration: configuration), t);
    }

    /// <summary>The header and data rows; blank rows are left out, more than <see cref="SheetLimits.MaxRows"/> refuse the file.</summary>
    private static SheetTable Collect(SheetFormat format, Func<IEnumerable<dynamic>> query, IStringLocalizer t)
    {
        var rows = new List<SheetRow>();
        IReadOnlyList<string>? header = null;
        var number = 0;
        try
        {
            foreach (IDictionary<string, object?> cells in query())
            {
                number++;
                var values = Cells(cells);
                if (header is null)
                {
                    header = values;
                    if (header.Count > SheetLimits.MaxColumns)
                    {
                        throw new SheetException(new SheetProblem(1, null, t["Sheets.Error.TooManyColumns", SheetLimits.MaxColumns]));
                    }

                    continue;
                }

                if (values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count == SheetLimits.MaxRows)
                {
                    throw new SheetException(new SheetProblem(number, null, t["Sheets.Error.TooManyRows", SheetLimits.MaxRows.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de"))]));
                }

                rows.Add(new SheetRow(number, values));
            }
        }
        catch (Exception e) when (e is not SheetException and not OutOfMemoryException)
        {
            throw new SheetException(new SheetProblem(null, null, t[format == SheetFormat.Xlsx ? "Sheets.Error.NotXlsx" : "Sheets.Error.NotCsv"]));
        }

        if (header is null || header.All(string.IsNullOrWhiteSpace))
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.Empty"]));
        }

        return new SheetTable(format, header, rows);
    }

    /// <summary>The cells by column letter (A, B, … as MiniExcel names them) in order, as text.</summary>
    private static List<string> Cells(IDictionary<string, object?> cells)
    {
        var values = new List<string>();
        foreach (var (letters, value) in cells)
        {
            if (ColumnLetters.IndexOf(letters) is not { } index || index >= SheetLimits.MaxColumns)
            {
                continue;
            }

            while (values.Count <= index)
            {
                values.Add("");
            }

            values[index] = SheetCells.Text(value);
        }

        while (values.Count > 0 && values[^1].Length == 0)
        {
            values.RemoveAt(values.Count - 1);
        }

        return values;
    }
}
