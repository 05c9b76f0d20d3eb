using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;
using Wegweiser.Core.History;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Checks the data rows of a sheet whose header is right: each key known, of the sheet's type and
/// once only; no typed formulas; a changed row still based on the entry's latest version (stamp);
/// German texts and data through the editor form's rules, the other languages through the
/// translation editor's (lengths, slugs unique per language, also within the sheet). Collects a
/// <see cref="PlannedRow"/> for each row that changes its entry.
/// </summary>
internal sealed class SheetRowCheck(
    SheetTable table, ContentType? type, IReadOnlyDictionary<string, ContentItem> items, IReadOnlyList<string> cultures,
    ClaimsPrincipal user, EntryEditing editing, WegweiserDbContext db, IStringLocalizer t)
{
    private readonly Dictionary<string, int> _columns = table.Header.Select((h, i) => (h.Trim(), i))
        .GroupBy(c => c.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

    private readonly Dictionary<string, int> _keysSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Culture, string Slug), int> _slugsSeen = [];

    public async Task<List<PlannedRow>> RunAsync(List<SheetProblem> problems, CancellationToken ct)
    {
        var planned = new List<PlannedRow>();
        foreach (var row in table.Rows)
        {
            var rowProblems = new List<SheetProblem>();
            if (Item(row, rowProblems) is { } item && await CheckAsync(row, item, rowProblems, ct) is { } plan)
            {
                planned.Add(plan);
            }

            problems.AddRange(rowProblems);
        }

        return planned;
    }

    private string Label(string column) => $"{ColumnLetters.Of(_columns[column])} ({column})";

    private string Cell(SheetRow row, string column) => SheetCells.In(row.Cell(_columns[column]));

    private ContentItem? Item(SheetRow row, List<SheetProblem> problems)
    {
        var key = Cell(row, SheetColumns.Key);
        var column = Label(SheetColumns.Key);
        if (key.Length == 0)
        {
            problems.Add(new SheetProblem(row.Number, column, t["Sheets.Error.KeyMissing"]));
            return null;
        }

        if (_keysSeen.TryGetValue(key, out var first))
        {
            problems.Add(new SheetProblem(row.Number, column, t["Sheets.Error.KeyTwice", key, first]));
            return null;
        }

        _keysSeen[key] = row.Number;
        if (!items.TryGetValue(key, out var item))
        {
            problems.Add(new SheetProblem(row.Number, column, t["Sheets.Error.KeyUnknown", key]));
            return null;
        }

        if (item.Type != type)
        {
            problems.Add(new SheetProblem(row.Number, column, t["Sheets.Error.KeyType", key, t[$"Type.{item.Type}"].Value, t[$"Type.{type}"].Value]));
            return null;
        }

        if (!EditorPermissions.CanEdit(user, item))
        {
            problems.Add(new SheetProblem(row.Number, column, t["Editor.Refused.NotAllowed"]));
            return null;
        }

        return item;
    }

    /// <summary>The row's plan when it changes the entry; null when it changes nothing or is wrong (problems added).</summary>
    private async Task<PlannedRow?> CheckAsync(SheetRow row, ContentItem item, List<SheetProblem> problems, CancellationToken ct)
    {
        foreach (var (column, index) in _columns)
        {
            if (SheetCells.IsFormula(row.Cell(index)))
            {
                problems.Add(new SheetProblem(row.Number, Label(column), t["Sheets.Error.Formula"]));
            }
        }

        var current = SheetColumns.Values(item, cultures);
        var changed = _columns.Keys
            .Where(c => c is not (SheetColumns.Key or SheetColumns.Version or SheetColumns.Stamp))
            .Where(c => Cell(row, c) != SheetCells.In(current[c])).ToHashSet(StringComparer.Ordinal);
        if (problems.Count > 0 || changed.Count == 0)
        {
            return null;
        }

        var number = int.TryParse(Cell(row, SheetColumns.Version), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        if (!VersionStamp.StillAsSeen(item, number, Cell(row, SheetColumns.Stamp)))
        {
            problems.Add(new SheetProblem(row.Number, Label(SheetColumns.Stamp), t["Sheets.Error.Changed", item.Latest.Number]));
            return null;
        }

        var input = changed.Any(c => !IsOtherCulture(c)) ? await GermanAndDataAsync(row, item, problems, ct) : null;
        var translations = new List<(string, string, string, Dictionary<string, string>)>();
        foreach (var culture in cultures.Where(c => c != Cultures.Source && changed.Any(col => col.EndsWith(":" + c, StringComparison.Ordinal))))
        {
            if (await TranslationAsync(row, item, culture, problems, ct) is { } translation)
            {
                translations.Add(translation);
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var plan = new PlannedRow(item, input, translations, []);
        var trial = new ContentVersion { Number = item.Latest.Number, Data = item.Latest.Data.Clone(), LastReviewedOn = item.Latest.LastReviewedOn };
        trial.Translations.AddRange(item.Latest.Translations.Select(tr => tr.Clone()));
        plan.ApplyTo(trial);
        var changes = VersionFields.Diff(item.Latest, trial);
        return changes.Count == 0 ? null : plan with { Changes = changes };
    }

    private static bool IsOtherCulture(string column) =>
        column.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && column[(colon + 1)..] != Cultures.Source;

    /// <summary>The form filled from the entry, with the row's German texts and data, checked by the form's rules.</summary>
    private async Task<EntryInput?> GermanAndDataAsync(SheetRow row, ContentItem item, List<SheetProblem> problems, CancellationToken ct)
    {
        var input = EntryInput.From(item.Type, item.Latest);
        input.Title = Cell(row, SheetColumns.TextColumn(ContentFields.Title, Cultures.Source));
        input.Slug = Cell(row, SheetColumns.TextColumn(SheetColumns.Slug, Cultures.Source));
        foreach (var field in ContentFields.For(item.Type).Where(f => f != ContentFields.Title))
        {
            input.Texts[field] = Cell(row, SheetColumns.TextColumn(field, Cultures.Source));
        }

        var before = problems.Count;
        foreach (var field in SheetColumns.DataFields(item.Type))
        {
            if (SheetInput.Write(input, field, Cell(row, field)) is { } error)
            {
                problems.Add(new SheetProblem(row.Number, Label(field), t[error]));
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var errors = await editing.ValidateAsync(input, item.Type, item, user, ct);
        foreach (var (field, message) in errors.OrderBy(e => _columns.GetValueOrDefault(SheetInput.ColumnOf(e.Key), int.MaxValue)))
        {
            var column = SheetInput.ColumnOf(field);
            problems.Add(new SheetProblem(row.Number, _columns.ContainsKey(column) ? Label(column) : column, message));
        }

        if (errors.Count == 0 && !SlugFree(Cultures.Source, input.Slug!, row, problems))
        {
            return null;
        }

        return errors.Count == 0 ? input : null;
    }

    /// <summary>The texts of one other language, checked as the translation editor checks them.</summary>
    private async Task<(string, string, string, Dictionary<string, string>)?> TranslationAsync(
        SheetRow row, ContentItem item, string culture, List<SheetProblem> problems, CancellationToken ct)
    {
        var fields = ContentFields.For(item.Type).ToDictionary(f => f, f => Cell(row, SheetColumns.TextColumn(f, culture)));
        var slug = Cell(row, SheetColumns.TextColumn(SheetColumns.Slug, culture));
        var existing = item.Latest.Translation(culture);
        var titleColumn = Label(SheetColumns.TextColumn(ContentFields.Title, culture));
        if (fields.Values.All(v => v.Length == 0) && slug.Length == 0)
        {
            if (existing is not null)
            {
                problems.Add(new SheetProblem(row.Number, titleColumn, t["Sheets.Error.TranslationEmptied"]));
            }

            return null;
        }

        var before = problems.Count;
        foreach (var (field, value) in fields)
        {
            var problem = field == ContentFields.Title ? TextRules.Title(value) : TextRules.Text(field, value);
            if (problem is { Key: ProblemKeys.Required })
            {
                problems.Add(new SheetProblem(row.Number, titleColumn, t["Translation.Error.Title"]));
            }
            else if (problem?.Max is { } max)
            {
                problems.Add(new SheetProblem(row.Number, Label(SheetColumns.TextColumn(field, culture)), t["Translation.Error.TooLong", max]));
            }
        }

        slug = slug.Length > 0 ? slug : Slug.From(fields[ContentFields.Title]) is { Length: > 0 } made ? made
            : existing?.Slug ?? item.Latest.Translation(Cultures.Source)!.Slug;
        if (!Slug.IsValid(slug))
        {
            problems.Add(new SheetProblem(row.Number, Label(SheetColumns.TextColumn(SheetColumns.Slug, culture)), t["Translation.Error.Slug"]));
        }
        else if (await SlugTakenAsync(item, culture, slug, ct))
        {
            problems.Add(new SheetProblem(row.Number, Label(SheetColumns.TextColumn(SheetColumns.Slug, culture)), t["Translation.Error.SlugTaken"]));
        }
        else
        {
            SlugFree(culture, slug, row, problems);
        }

        return problems.Count > before ? null : (culture, slug, fields[ContentFields.Title],
            fields.Where(f => f.Key != ContentFields.Title).ToDictionary(f => f.Key, f => f.Value));
    }

    /// <summary>Whether no earlier row of the sheet gives an entry the same slug in that language.</summary>
    private bool SlugFree(string culture, string slug, SheetRow row, List<SheetProblem> problems)
    {
        if (_slugsSeen.TryGetValue((culture, slug), out var first))
        {
            problems.Add(new SheetProblem(row.Number, Label(SheetColumns.TextColumn(SheetColumns.Slug, culture)), t["Sheets.Error.SlugTwice", slug, first]));
            return false;
        }

        _slugsSeen[(culture, slug)] = row.Number;
        return true;
    }

    private Task<bool> SlugTakenAsync(ContentItem item, string culture, string slug, CancellationToken ct) =>
        (from tr in db.ContentTranslations
         join v in db.ContentVersions on tr.VersionId equals v.Id
         join i in db.ContentItems on v.ItemId equals i.Id
         where tr.Culture == culture && tr.Slug == slug && i.Type == item.Type && i.Id != item.Id
         select tr.Id).AnyAsync(ct);
}
