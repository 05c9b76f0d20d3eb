using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation;

/// <summary>
/// The names of topics, needs, target groups, towns and languages in one language: staff see which
/// are machine-translated and not checked; publishers correct them and mark them checked. A name
/// goes live at once (names have no versions), so only publishers and administrators may save; the
/// change is audited and reaches every node through the change log.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor},{Roles.Translator}")]
public sealed class TermNamesModel(WegweiserDbContext db, IOptions<WegweiserOptions> options, AuditTrail audit, TimeProvider time) : PageModel
{
    public const int MaxLength = 120;

    /// <summary>How far the names of one language are: all terms, unchecked machine translations, missing names.</summary>
    public sealed record Summary(string Culture, int Total, int Machine, int Missing);

    public IReadOnlyList<Summary> Summaries { get; private set; } = [];

    /// <summary>The language shown, or null for the overview of all languages.</summary>
    public string? Culture { get; private set; }

    public IReadOnlyList<TaxonomyTerm> Terms { get; private set; } = [];

    public bool CanEdit => EditorPermissions.CanPublish(User);

    /// <summary>Problems of the posted names by term id; nothing is saved while there are any.</summary>
    public Dictionary<int, string> Errors { get; } = [];

    /// <summary>How many names the last save changed (from the redirect's query).</summary>
    public int? SavedCount { get; private set; }

    [BindProperty]
    public Dictionary<int, string?> Name { get; set; } = [];

    /// <summary>The names as the form showed them; a row is saved only where the editor changed something.</summary>
    [BindProperty]
    public Dictionary<int, string?> Original { get; set; } = [];

    /// <summary>The terms whose "not checked yet" box is ticked.</summary>
    [BindProperty]
    public List<int> Machine { get; set; } = [];

    /// <summary>The terms whose box was ticked when the form was shown.</summary>
    [BindProperty]
    public List<int> MachineBefore { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string? culture, CancellationToken ct)
    {
        if (!await LoadAsync(culture, ct))
        {
            return NotFound();
        }

        SavedCount = int.TryParse(Request.Query["gespeichert"], out var saved) && saved >= 0 ? saved : null;
        if (Culture is not null)
        {
            Name = Terms.ToDictionary(t => t.Id, t => t.Names.GetValueOrDefault(Culture));
            Machine = [.. Terms.Where(t => t.IsMachineTranslatedIn(Culture)).Select(t => t.Id)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? culture, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (culture is null || !await LoadAsync(culture, ct))
        {
            return NotFound();
        }

        foreach (var (id, value) in Name)
        {
            if (Problem(value) is { } problem)
            {
                Errors[id] = problem;
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var changes = await ApplyAsync(culture, ct);
        if (changes.Count > 0)
        {
            audit.Record(AuditActions.TermNamesSaved, User.Identity?.Name, time.GetUtcNow().UtcDateTime, new AuditDetails { Culture = culture, Changes = changes });
            await db.SaveChangesAsync(ct);
        }

        return Redirect($"{AdminLinks.TermNamesIn(culture)}?gespeichert={changes.Count}");
    }

    /// <summary>The German message for a name that cannot be saved, or null.</summary>
    public static string? Problem(string? value)
    {
        var name = value?.Trim() ?? "";
        if (name.Length > MaxLength)
        {
            return $"Der Name ist zu lang: höchstens {MaxLength} Zeichen.";
        }

        return name.Any(char.IsControl) ? "Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten." : null;
    }

    private async Task<List<FieldChange>> ApplyAsync(string culture, CancellationToken ct)
    {
        var tracked = await db.TaxonomyTerms.ToDictionaryAsync(t => t.Id, ct);
        var changes = new List<FieldChange>();
        foreach (var (id, value) in Name)
        {
            if (!tracked.TryGetValue(id, out var term))
            {
                continue;
            }

            var name = value?.Trim() ?? "";
            var nameChanged = name != (Original.GetValueOrDefault(id)?.Trim() ?? "");
            var flagChanged = Machine.Contains(id) != MachineBefore.Contains(id);
            if (!nameChanged && !flagChanged)
            {
                continue;
            }

            var before = Describe(term, culture);
            var names = new Dictionary<string, string>(term.Names);
            if (nameChanged && name.Length == 0)
            {
                names.Remove(culture);
            }
            else if (nameChanged)
            {
                names[culture] = name;
            }

            term.Names = names;
            var machine = term.MachineTranslated.Where(c => c != culture).ToList();
            if (Machine.Contains(id) && names.ContainsKey(culture))
            {
                machine.Add(culture);
            }

            term.MachineTranslated = machine;
            if (Describe(term, culture) is var after && after != before)
            {
                changes.Add(new FieldChange($"{term.Taxonomy}/{term.Key}", before, after));
            }
        }

        return changes;
    }

    private static string? Describe(TaxonomyTerm term, string culture) =>
        term.Names.GetValueOrDefault(culture) is { } name
            ? term.IsMachineTranslatedIn(culture) ? $"{name} (maschinell übersetzt)" : name
            : null;

    private async Task<bool> LoadAsync(string? culture, CancellationToken ct)
    {
        var cultures = options.Value.SiteCultures.Where(c => c != Cultures.Source).ToList();
        if (culture is not null && !cultures.Contains(culture))
        {
            return false;
        }

        Culture = culture;
        var order = Taxonomy.All.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        Terms = (await db.TaxonomyTerms.AsNoTracking().ToListAsync(ct))
            .OrderBy(t => order.GetValueOrDefault(t.Taxonomy, int.MaxValue)).ThenBy(t => t.SortOrder).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        Summaries = [.. cultures.Select(c => new Summary(c, Terms.Count, Terms.Count(t => t.IsMachineTranslatedIn(c)), Terms.Count(t => !t.Names.ContainsKey(c))))];
        return true;
    }
}
