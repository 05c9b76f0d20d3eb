namespace Wegweiser.Web.Features.Sheets;

/// <summary>A spreadsheet as read: the header row and the data rows as raw cell text, with the row numbers the spreadsheet shows.</summary>
public sealed record SheetTable(SheetFormat Format, IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows);

/// <summary>One data row; <see cref="Number"/> counts as the spreadsheet does (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";
}

/// <summary>The two file formats.</summary>
public enum SheetFormat
{
    Xlsx,
    Csv,
}

/// <summary>Column letters as spreadsheets show them (0 → A, 26 → AA).</summary>
public static class ColumnLetters
{
    public static string Of(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static int? IndexOf(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z')
            {
                return null;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return letters.Length == 0 ? null : index - 1;
    }
}
