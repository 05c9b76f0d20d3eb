using Wegweiser.Core.Translation.Xliff;

namespace Wegweiser.Web.Features.Translation;

/// <summary>Prints an import report for people: per item what happened, per unit added, changed, unchanged or skipped.</summary>
public static class XliffReportWriter
{
    public static void Write(XliffImportReport report, TextWriter output)
    {
        output.WriteLine($"Sprache: {report.Culture}");
        foreach (var item in report.Items)
        {
            output.WriteLine($"{item.ItemKey}: {Describe(item)}");
            foreach (var unit in item.Units)
            {
                var reason = unit.Reason is null ? "" : $" ({unit.Reason})";
                output.WriteLine($"  {unit.UnitId}: {Describe(unit.Outcome)}{reason}");
            }
        }

        output.WriteLine(
            $"Zusammen: {report.Count(XliffUnitOutcome.Added)} neu, {report.Count(XliffUnitOutcome.Changed)} geändert, "
            + $"{report.Count(XliffUnitOutcome.Unchanged)} unverändert, {report.Count(XliffUnitOutcome.Skipped)} übersprungen.");
    }

    private static string Describe(XliffItemResult item) => item.Outcome switch
    {
        XliffItemOutcome.Published => $"veröffentlicht (Fassung {item.VersionNumber})",
        XliffItemOutcome.WaitsForOpenDraft => $"wartet auf den offenen Entwurf (Fassung {item.VersionNumber})",
        XliffItemOutcome.Unchanged => "unverändert",
        _ => "nicht übernommen",
    };

    private static string Describe(XliffUnitOutcome outcome) => outcome switch
    {
        XliffUnitOutcome.Added => "neu",
        XliffUnitOutcome.Changed => "geändert",
        XliffUnitOutcome.Unchanged => "unverändert",
        _ => "übersprungen",
    };
}
