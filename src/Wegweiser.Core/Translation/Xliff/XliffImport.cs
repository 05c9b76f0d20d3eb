using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>
/// Takes the translations of an XLIFF file into the site's items, all-or-nothing: every item,
/// field, slug and German source is checked first; any problem throws an
/// <see cref="XliffException"/> before a single item is touched. Published versions stay as they
/// are: texts go into <see cref="ContentItem.EditableVersion"/>. A draft the import created is
/// published at once (only this culture's texts differ); an open draft or a version in review
/// gets the texts and goes live with that version.
/// </summary>
public static class XliffImport
{
    public const string NotTranslated = "nicht übersetzt";
    public const string PartiallyTranslated = "nur teilweise übersetzt";
    public const string SourceChanged = "deutscher Text seit dem Export geändert";
    public const string NoTitle = "ohne übersetzten Titel wird nichts übernommen";
    public const string SlugKept = "nicht übersetzt; die bisherige Adresse bleibt";
    public const string SlugFromTitle = "aus dem Titel gebildet";
    public const string SlugFromGerman = "vom deutschen Slug übernommen";

    /// <summary>
    /// Checks <paramref name="document"/> against the site and, when everything is right, writes
    /// the translations into the items of <see cref="XliffImportSite.Items"/> (the caller saves).
    /// With <paramref name="acceptChangedSources"/>, units whose German text changed since the
    /// export are skipped instead of refusing the file.
    /// </summary>
    public static XliffImportReport Apply(
        XliffDocument document, XliffImportSite site, bool acceptChangedSources, DateTime nowUtc, string? author = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(site);
        var problems = new List<string>();
        var culture = CheckCulture(document.TargetLanguage, site.Cultures, problems);
        var plans = new List<XliffItemPlan>();
        foreach (var file in document.Files)
        {
            if (Check(file, site, acceptChangedSources, problems) is { } plan && culture is not null)
            {
                Fill(plan, culture);
                plans.Add(plan);
            }
        }

        if (culture is not null)
        {
            XliffSlugs.Assign(plans, site.Slugs, culture, problems);
        }

        if (problems.Count > 0)
        {
            throw new XliffException(problems);
        }

        // Everything is checked; only from here on are items changed.
        return new XliffImportReport(culture!, plans.Select(p => Write(p, culture!, nowUtc, author)).ToList());
    }

    private static string? CheckCulture(string language, IReadOnlyList<string> cultures, List<string> problems)
    {
        if (XliffCultures.Problem(language, cultures) is { } problem)
        {
            problems.Add(problem);
            return null;
        }

        return XliffCultures.SiteCulture(language, cultures);
    }

    /// <summary>Checks one file against its item; null (with problems added) when it cannot be imported.</summary>
    private static XliffItemPlan? Check(XliffFile file, XliffImportSite site, bool acceptChangedSources, List<string> problems)
    {
        if (!site.Items.TryGetValue(file.Id, out var item))
        {
            problems.Add($"Unbekannter Eintrag: '{file.Id}'.");
            return null;
        }

        if (NotTranslatable(item) is { } reason)
        {
            problems.Add(reason);
            return null;
        }

        if (!CheckUnits(file, XliffFormat.UnitsFor(item.Type), problems))
        {
            return null;
        }

        var german = item.Latest.Translation(Cultures.Source)!;
        // The slug is no text to translate from: a new German slug does not make a target slug wrong.
        var changed = file.Units
            .Where(u => u.Id != XliffFormat.SlugUnit && XliffFormat.Normalize(XliffFormat.Text(german, u.Id) ?? "") != u.Source)
            .Select(u => u.Id)
            .ToHashSet();
        var versionMoved = file.SourceVersion != german.SourceVersion;
        if ((changed.Count > 0 || versionMoved) && !acceptChangedSources)
        {
            foreach (var unitId in changed)
            {
                problems.Add($"Der deutsche Text von '{file.Id}' ({unitId}) wurde seit dem Export geändert.");
            }

            if (changed.Count == 0)
            {
                problems.Add($"Der deutsche Text von '{file.Id}' wurde seit dem Export geändert (Quellversion {file.SourceVersion}, jetzt {german.SourceVersion}).");
            }

            return null;
        }

        var plan = new XliffItemPlan(item, file)
        {
            // Texts made from an older German stay marked as outdated, so the next export offers them again.
            SourceVersion = Math.Min(file.SourceVersion ?? 0, german.SourceVersion),
        };
        foreach (var unitId in changed)
        {
            plan.Units.Add(new XliffUnitResult(unitId, XliffUnitOutcome.Skipped, SourceChanged));
        }

        return plan;
    }

    /// <summary>Why <paramref name="item"/> takes no translations now, or null.</summary>
    private static string? NotTranslatable(ContentItem item) =>
        item.Published is null
            ? $"Der Eintrag '{item.Key}' ist nicht veröffentlicht; übersetzt werden nur veröffentlichte Texte."
            // A new draft would copy the discarded one; an editor has to decide first.
            : item.Latest.State == WorkflowState.Archived
                ? $"Die neueste Fassung von '{item.Key}' ist ein verworfener Entwurf; bitte den Eintrag zuerst im Redaktionssystem bearbeiten."
                : null;

    /// <summary>
    /// Checks the units' names and targets: known fields only, valid slugs, and the German texts'
    /// limits (<see cref="TextRules"/>), the same as in the translation editor, so an imported text
    /// can be edited and saved there. False when a unit is not a field of the item.
    /// </summary>
    private static bool CheckUnits(XliffFile file, IReadOnlyList<string> known, List<string> problems)
    {
        var unknown = file.Units.Where(u => !known.Contains(u.Id)).ToList();
        foreach (var unit in unknown)
        {
            problems.Add($"Unbekanntes Feld '{unit.Id}' bei '{file.Id}' (erlaubt: {string.Join(", ", known)}).");
        }

        foreach (var unit in file.Units.Where(u => u.Id == XliffFormat.SlugUnit && !string.IsNullOrWhiteSpace(u.Target)))
        {
            if (TextRules.Slug(unit.Target) is not null)
            {
                problems.Add($"Der Slug '{unit.Target!.Trim()}' bei '{file.Id}' ist ungültig: erlaubt sind a–z, 0–9 und einzelne Bindestriche.");
            }
        }

        foreach (var unit in file.Units.Where(u => u.Id != XliffFormat.SlugUnit && known.Contains(u.Id)))
        {
            if (TextRules.Text(unit.Id, unit.Target)?.Max is { } max)
            {
                problems.Add(unit.Id == ContentFields.Title
                    ? $"Der Titel bei '{file.Id}' ist länger als {max} Zeichen."
                    : $"Der Text '{unit.Id}' bei '{file.Id}' ist länger als {max} Zeichen.");
            }
        }

        return unknown.Count == 0;
    }

    /// <summary>Works out the new title, fields and slug of one item and the outcome of each unit.</summary>
    private static void Fill(XliffItemPlan plan, string culture)
    {
        var existing = plan.Item.Latest.Translation(culture);
        plan.Title = existing?.Title;
        plan.Slug = existing?.Slug;
        foreach (var (name, value) in existing?.Fields ?? [])
        {
            plan.Fields[name] = value;
        }

        var skipped = plan.Units.Select(u => u.UnitId).ToHashSet();
        foreach (var unit in plan.File.Units.Where(u => !skipped.Contains(u.Id)))
        {
            FillUnit(plan, unit, existing);
        }

        if (plan.Title is null)
        {
            SkipWithoutTitle(plan);
            return;
        }

        plan.DeriveSlug = plan.Slug is null;
    }

    /// <summary>Records the outcome of one unit and, when its text is new or changed, takes it into the plan.</summary>
    private static void FillUnit(XliffItemPlan plan, XliffUnit unit, ContentTranslation? existing)
    {
        var target = unit.Target?.Trim();
        if (unit.Partial || string.IsNullOrEmpty(target))
        {
            var reason = unit.Partial ? PartiallyTranslated
                : unit.Id == XliffFormat.SlugUnit && existing is not null ? SlugKept : NotTranslated;
            if (unit.Id != XliffFormat.SlugUnit || existing is not null)
            {
                plan.Units.Add(new XliffUnitResult(unit.Id, XliffUnitOutcome.Skipped, reason));
            }

            return;
        }

        var old = existing is null ? null : XliffFormat.Text(existing, unit.Id);
        var outcome = old is null ? XliffUnitOutcome.Added
            : XliffFormat.Normalize(old).Trim() == target ? XliffUnitOutcome.Unchanged
            : XliffUnitOutcome.Changed;
        plan.Units.Add(new XliffUnitResult(unit.Id, outcome));
        if (outcome == XliffUnitOutcome.Unchanged)
        {
            return;
        }

        switch (unit.Id)
        {
            case ContentFields.Title:
                plan.Title = target;
                break;
            case XliffFormat.SlugUnit:
                plan.Slug = target;
                plan.CheckSlug = true;
                break;
            default:
                plan.Fields[unit.Id] = target;
                break;
        }
    }

    /// <summary>A new translation needs a title; without one nothing of this item is taken over.</summary>
    private static void SkipWithoutTitle(XliffItemPlan plan)
    {
        for (var i = 0; i < plan.Units.Count; i++)
        {
            if (plan.Units[i].Outcome is XliffUnitOutcome.Added or XliffUnitOutcome.Changed)
            {
                plan.Units[i] = plan.Units[i] with { Outcome = XliffUnitOutcome.Skipped, Reason = NoTitle };
            }
        }

        if (plan.File.Units.Any(u => u.Id == XliffFormat.SlugUnit) && plan.Units.All(u => u.UnitId != XliffFormat.SlugUnit))
        {
            plan.Units.Add(new XliffUnitResult(XliffFormat.SlugUnit, XliffUnitOutcome.Skipped, NoTitle));
        }

        plan.CheckSlug = false;
    }

    private static XliffItemResult Write(XliffItemPlan plan, string culture, DateTime nowUtc, string? author)
    {
        var item = plan.Item;
        var order = XliffFormat.UnitsFor(item.Type).ToList();
        var units = plan.Units.OrderBy(u => order.IndexOf(u.UnitId)).ToList();
        if (!plan.WritesAnything)
        {
            var outcome = plan.Title is null ? XliffItemOutcome.NotWritten : XliffItemOutcome.Unchanged;
            return new XliffItemResult(item.Key, outcome, null, units);
        }

        var latest = item.Latest;
        var createsDraft = latest.State == WorkflowState.Published;
        var sentBack = item.ReturnToDraftForEdit(nowUtc);
        var version = item.EditableVersion(nowUtc, author);
        var translation = version.SetTranslation(culture, plan.Slug!, plan.Title!, plan.Fields);
        translation.SourceVersion = Math.Min(translation.SourceVersion, plan.SourceVersion);
        if (!createsDraft)
        {
            return new XliffItemResult(item.Key, XliffItemOutcome.WaitsForOpenDraft, version.Number, units, sentBack);
        }

        // The draft was made by this import from the published version, so it differs only in this culture's texts.
        item.Transition(WorkflowState.Published, nowUtc);
        return new XliffItemResult(item.Key, XliffItemOutcome.Published, version.Number, units);
    }
}
