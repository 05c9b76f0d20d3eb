using Wegweiser.Web.Features.Sheets;

namespace Wegweiser.Web.Tests.Features.Sheets;

/// <summary>Cells that Excel would run as formulas leave escaped and come back as they were; typed formulas are recognised.</summary>
public class SheetCellsTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 3628 123", "'+49 3628 123")]
    [InlineData("- erster Punkt", "'- erster Punkt")]
    [InlineData("@SUMME(A1)", "'@SUMME(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("'=schon maskiert", "''=schon maskiert")]
    [InlineData("'normal", "'normal")]
    [InlineData("Beratung", "Beratung")]
    [InlineData("", "")]
    public void Export_escapes_and_import_restores(string stored, string cell)
    {
        Assert.Equal(cell, SheetCells.Out(stored));
        Assert.Equal(stored.Trim(), SheetCells.In(SheetCells.Out(stored)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\")", true)]
    [InlineData("'=HYPERLINK(\"http://example.org\")", false)]
    [InlineData("+49 3628 123", false)]
    [InlineData("- Punkt", false)]
    public void Only_an_unescaped_equals_sign_is_a_typed_formula(string raw, bool formula) =>
        Assert.Equal(formula, SheetCells.IsFormula(raw));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    public void Column_letters(int index, string letters)
    {
        Assert.Equal(letters, ColumnLetters.Of(index));
        Assert.Equal(index, ColumnLetters.IndexOf(letters));
    }
}
