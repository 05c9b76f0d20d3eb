using Wegweiser.Web.Features.Sheets;
using Wegweiser.Web.Tests.Features.Setup;

namespace Wegweiser.Web.Tests.Features.Sheets;

/// <summary>The <c>export sheet</c> and <c>import sheet</c> verbs, run as an administrator runs them: the real executable in its own process.</summary>
public class SheetCommandTests
{
    private static readonly Dictionary<string, string> Cultures = new()
    {
        ["Wegweiser__Cultures__0"] = "de",
        ["Wegweiser__Cultures__1"] = "en",
    };

    [Fact]
    public async Task Export_then_import_an_edited_sheet_and_refuse_a_faulty_one()
    {
        // Arrange
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-sheet-").FullName;
        var file = Path.Combine(folder, "vereine.xlsx");
        var faulty = Path.Combine(folder, "vereine-falsch.csv");
        await RunAsync(folder, "setup", "--recipe", "demo");

        // Act
        var export = await RunAsync(folder, "export", "sheet", "--type", "Club", "--out", file);
        var rows = SheetFiles.Rows(await File.ReadAllBytesAsync(file), SheetFormat.Xlsx);
        rows.Single(r => (string?)r["key"] == "demo-chor-ilmenau")["newcomersWelcome"] = "nein";
        await File.WriteAllBytesAsync(file, SheetFiles.Write(rows, SheetFormat.Xlsx));
        rows[0]["key"] = "kein-verein";
        await File.WriteAllBytesAsync(faulty, SheetFiles.Write(rows, SheetFormat.Csv));
        var refused = await RunAsync(folder, "import", "sheet", faulty);
        var import = await RunAsync(folder, "import", "sheet", file, "--publish");
        var usage = await RunAsync(folder, "export", "sheet", "--type", "Verein", "--out", file);

        // Assert
        Assert.True(export.ExitCode == 0, export.Output);
        Assert.Contains("Einträge (Club)", export.Output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Zeile 2, Spalte A (key): Einen Eintrag mit dem Schlüssel „kein-verein“ gibt es nicht.", refused.Output);
        Assert.Contains("Nichts wurde geändert.", refused.Output);
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("demo-chor-ilmenau: 1 Felder geändert, veröffentlicht", import.Output);
        Assert.Contains("  club.newcomersWelcome", import.Output);
        Assert.Contains("Zusammen: 1 Einträge geändert,", import.Output);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("export sheet --type ART", usage.Output);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string folder, params string[] args) =>
        CommandLineProcess.RunAsync(folder, Cultures, args);
}
