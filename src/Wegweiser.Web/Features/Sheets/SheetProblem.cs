namespace Wegweiser.Web.Features.Sheets;

/// <summary>One thing wrong in a spreadsheet, in German: where (row as the spreadsheet numbers it, column name or letter) and what.</summary>
public sealed record SheetProblem(int? Row, string? Column, string Message)
{
    public override string ToString() =>
        (Row, Column) switch
        {
            (null, null) => Message,
            (null, { } c) => $"Spalte {c}: {Message}",
            ({ } r, null) => $"Zeile {r}: {Message}",
            ({ } r, { } c) => $"Zeile {r}, Spalte {c}: {Message}",
        };
}

/// <summary>A spreadsheet that cannot be taken over; nothing was written.</summary>
public sealed class SheetException(IReadOnlyList<SheetProblem> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<SheetProblem> Problems { get; } = problems;

    public SheetException(SheetProblem problem)
        : this([problem])
    {
    }
}
