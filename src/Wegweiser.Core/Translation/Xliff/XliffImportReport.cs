namespace Wegweiser.Core.Translation.Xliff;

/// <summary>What an import did with one unit.</summary>
public enum XliffUnitOutcome
{
    /// <summary>The culture had no text for this field before.</summary>
    Added,

    /// <summary>The culture's text for this field was replaced.</summary>
    Changed,

    /// <summary>The file's target equals the text already there.</summary>
    Unchanged,

    /// <summary>Not taken over; <see cref="XliffUnitResult.Reason"/> says why.</summary>
    Skipped,
}

/// <summary>What an import did with one item.</summary>
public enum XliffItemOutcome
{
    /// <summary>The translations went live: written to a new version that was published at once.</summary>
    Published,

    /// <summary>Written into the item's open draft (or version in review); live when that is published.</summary>
    WaitsForOpenDraft,

    /// <summary>Nothing new for this item; no version was created.</summary>
    Unchanged,

    /// <summary>Nothing written, e.g. because there is no translated title for a new translation.</summary>
    NotWritten,
}

/// <summary>The outcome of one unit; <paramref name="Reason"/> is German text for skipped units and derived slugs.</summary>
public sealed record XliffUnitResult(string UnitId, XliffUnitOutcome Outcome, string? Reason = null);

/// <summary>
/// The outcome of one item; <paramref name="VersionNumber"/> is the version written to, if any;
/// <paramref name="SentBackToDraft"/> when that version was in review and went back to draft,
/// because whoever reviews it has not read the imported text.
/// </summary>
public sealed record XliffItemResult(string ItemKey, XliffItemOutcome Outcome, int? VersionNumber, IReadOnlyList<XliffUnitResult> Units, bool SentBackToDraft = false);

/// <summary>What an XLIFF import did, item by item and unit by unit.</summary>
public sealed record XliffImportReport(string Culture, IReadOnlyList<XliffItemResult> Items)
{
    public int Count(XliffUnitOutcome outcome) => Items.Sum(i => i.Units.Count(u => u.Outcome == outcome));
}
