using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>What an import would do: per changed entry its field changes (old → new), how many rows change nothing, and every problem.</summary>
public sealed record SheetPlan(ContentType? Type, IReadOnlyList<SheetEntryChange> Changes, int Unchanged, IReadOnlyList<SheetProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// One entry the import changes: its key and German title, the version it changes from, whether a
/// new draft is made (the latest version is published) and the fields that change.
/// </summary>
public sealed record SheetEntryChange(string Key, string Title, int FromVersion, bool NewDraft, IReadOnlyList<FieldChange> Changes);

/// <summary>A checked row that changes its entry, with what to write (internal to the importer).</summary>
internal sealed record PlannedRow(
    ContentItem Item,
    EntryInput? Input,
    IReadOnlyList<(string Culture, string Slug, string Title, Dictionary<string, string> Fields)> Translations,
    IReadOnlyList<FieldChange> Changes)
{
    /// <summary>Writes the row into <paramref name="version"/> (the trial copy or the editable version).</summary>
    public void ApplyTo(ContentVersion version)
    {
        Input?.ApplyTo(version, Item.Type);
        foreach (var (culture, slug, title, fields) in Translations)
        {
            version.SetTranslation(culture, slug, title, fields);
        }
    }
}
