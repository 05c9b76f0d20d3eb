using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Features.Translation.Machine;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation;

/// <summary>
/// Translate one item field by field beside the German text. The route says {language}, not
/// {culture}: the editor area stays German whatever language is being translated. An outdated translation shows
/// what changed in German since it was made. German itself is edited here too, with a "minor
/// edit" flag that keeps translations current. Saving never touches the published version: it
/// writes a draft, which publishers may publish at once and translators send for review.
/// With a machine translation service configured, "Vorschlag übersetzen" fills a field with a
/// suggestion (nothing is saved until the translator saves; the saved text is then marked as
/// machine-translated unless the translator says it is checked).
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor},{Roles.Translator}")]
public sealed class EditModel(WegweiserDbContext db, ContentStore store, AuditTrail audit, IOptions<WegweiserOptions> options, TimeProvider time, EntryWorkflow workflow, MachineTranslation machine, PlainLanguage.PlainLanguageReview plain, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string CultureClaim = Accounts.StaffClaims.Culture;

    public ContentItem Item { get; private set; } = null!;

    public ContentTranslation German { get; private set; } = null!;

    /// <summary>The German text the translation was made from, when it is outdated.</summary>
    public ContentTranslation? GermanThen { get; private set; }

    public TranslationStatus Status { get; private set; }

    public string Culture { get; private set; } = "";

    [BindProperty]
    public Dictionary<string, string> Fields { get; set; } = [];

    [BindProperty]
    public string? SlugInput { get; set; }

    [BindProperty]
    public bool MinorEdit { get; set; }

    [BindProperty]
    public string? Next { get; set; }

    /// <summary>The version the form was opened on, and its <see cref="VersionStamp"/>: "publish" binds to what was read.</summary>
    [BindProperty(Name = "fassung")]
    public int? SeenNumber { get; set; }

    [BindProperty(Name = "stempel")]
    public string? SeenStamp { get; set; }

    /// <summary>Saved, but not published: the version had changed since the form was opened.</summary>
    public bool NotPublished { get; private set; }

    /// <summary>The texts hold machine suggestions: saved as machine-translated, not yet checked.</summary>
    [BindProperty]
    public bool MachineTranslated { get; set; }

    /// <summary>Whether "Vorschlag übersetzen" is offered: a service is configured and translates into this language.</summary>
    public bool CanSuggest => machine.Supports(Culture) && !SuggestionsHeldBack;

    /// <summary>
    /// The German prose of the entry as the plain-language check sees it. Machine-translation
    /// suggestions are offered only when it reaches <see cref="PlainLanguage.PlainLanguageOptions.MachineTranslationMinimumScore"/>:
    /// a machine translates a hard German text into a hard text in every language.
    /// </summary>
    public Core.Analysis.PlainLanguageReport GermanPlainLanguage { get; private set; } = Core.Analysis.PlainLanguageReport.Empty;

    /// <summary>Machine translation would be offered, but the German text is below the plain-language setting.</summary>
    public bool SuggestionsHeldBack => Culture != Cultures.Source && machine.Supports(Culture) && !plain.AllowsMachineTranslation(GermanPlainLanguage);

    public double MachineTranslationMinimumScore => plain.Options.MachineTranslationMinimumScore;

    /// <summary>The fields just filled with a suggestion.</summary>
    public IReadOnlyList<string> Suggested { get; private set; } = [];

    /// <summary>Why no suggestion came, in German.</summary>
    public string? SuggestionError { get; private set; }

    /// <summary>The value of the button that asks for suggestions of every empty field.</summary>
    public const string AllEmptyFields = "alle";

    /// <summary>What is wrong, per field, in the editor area's language.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public bool Saved { get; private set; }

    public bool CanPublish => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Publisher);

    public async Task<IActionResult> OnGetAsync(string key, string language, [FromQuery(Name = "gespeichert")] string? saved, [FromQuery(Name = "nicht-veroeffentlicht")] string? notPublished, CancellationToken ct)
    {
        if (await LoadAsync(key, language, ct) is { } refused)
        {
            return refused;
        }

        var current = Item.Latest.Translation(Culture);
        Fields = ContentFields.For(Item.Type).ToDictionary(f => f, f => current?.Field(f) ?? "");
        SlugInput = current?.Slug;
        Saved = saved == "1";
        NotPublished = notPublished == "1";
        SeenNumber = Item.Latest.Number;
        SeenStamp = VersionStamp.Of(Item.Latest);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string language, CancellationToken ct)
    {
        if (await LoadAsync(key, language, ct) is { } refused)
        {
            return refused;
        }

        var title = Fields.GetValueOrDefault(ContentFields.Title)?.Trim();
        CheckFields();

        var slug = string.IsNullOrWhiteSpace(SlugInput) ? Slug.From(title ?? "") : SlugInput.Trim();
        if (slug.Length == 0)
        {
            // A title in Arabic or Cyrillic letters gives no Latin slug: keep the German one (slugs are unique per language).
            slug = Item.Latest.Translation(Culture)?.Slug ?? German.Slug;
        }
        if (!Slug.IsValid(slug))
        {
            Errors["slug"] = t["Translation.Error.Slug"];
        }
        else if (await SlugTakenAsync(slug, ct))
        {
            Errors["slug"] = t["Translation.Error.SlugTaken"];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        // Publishing puts the whole version live (every language and the data): only when it is still
        // the version this form was opened on, so nobody publishes text they have not read.
        var publish = Next == "publish" && CanPublish;
        var asRead = VersionStamp.StillAsSeen(Item, SeenNumber, SeenStamp);
        var version = await workflow.BeginEditAsync(Item, User.Identity?.Name, ct);
        var fields = ContentFields.For(Item.Type).Where(f => f != ContentFields.Title)
            .ToDictionary(f => f, f => Fields.GetValueOrDefault(f)?.Trim() ?? "");
        var translation = version.SetTranslation(Culture, slug, title!, fields, minorEdit: Culture == Cultures.Source && MinorEdit);
        translation.IsMachineTranslated = MachineTranslated && Culture != Cultures.Source;
        audit.Record(AuditActions.TranslationSaved, User.Identity?.Name, now, new AuditDetails { Culture = Culture }, Item.Id, version.Number);
        var published = publish && asRead
            && workflow.Publish(Item, User, version.Number, VersionStamp.Of(version)).Done;
        if (Next == "review" && version.State == WorkflowState.Draft)
        {
            Item.Transition(WorkflowState.InReview, now);
        }

        await db.SaveChangesAsync(ct);
        var notice = publish && !published ? "&nicht-veroeffentlicht=1" : "";
        return Redirect($"{AdminLinks.Translation(Item.Key, Culture)}?gespeichert=1{notice}");
    }

    /// <summary>
    /// Fills one field (or, with <see cref="AllEmptyFields"/>, every empty one) with a machine
    /// suggestion from its German text, keeping everything else the translator typed. Saves nothing.
    /// </summary>
    public async Task<IActionResult> OnPostSuggestAsync(string key, string language, [FromForm(Name = "Vorschlag")] string? field, CancellationToken ct)
    {
        if (await LoadAsync(key, language, ct) is { } refused)
        {
            return refused;
        }

        if (!machine.Supports(Culture))
        {
            return NotFound();
        }

        if (SuggestionsHeldBack)
        {
            // The page explains why (see the hint above the form); nothing is sent to the service.
            ModelState.Clear();
            SuggestionError = t["PlainLanguage.MachineTranslation.Refused"];
            return Page();
        }

        var all = ContentFields.For(Item.Type);
        foreach (var missing in all.Where(f => !Fields.ContainsKey(f)))
        {
            Fields[missing] = "";
        }

        var wanted = field == AllEmptyFields ? all.Where(f => string.IsNullOrWhiteSpace(Fields[f])) : all.Where(f => f == field);
        var german = wanted.Where(f => !string.IsNullOrWhiteSpace(German.Field(f))).ToDictionary(f => f, f => German.Field(f)!);
        ModelState.Clear();
        if (german.Count == 0)
        {
            SuggestionError = t["MachineTranslation.NothingToSuggest"];
            return Page();
        }

        var result = await machine.TranslateAsync(german, Culture, ct);
        if (result.MessageKey is { } message)
        {
            SuggestionError = t[message];
            return Page();
        }

        foreach (var (name, text) in result.Fields)
        {
            Fields[name] = text;
        }

        Suggested = [.. result.Fields.Keys];
        MachineTranslated = true;
        return Page();
    }

    /// <summary>The texts have the German texts' limits (<see cref="TextRules"/>); the title is required.</summary>
    private void CheckFields()
    {
        foreach (var field in ContentFields.For(Item.Type))
        {
            var value = Fields.GetValueOrDefault(field);
            var problem = field == ContentFields.Title ? TextRules.Title(value) : TextRules.Text(field, value);
            if (problem is { Key: ProblemKeys.Required })
            {
                Errors[field] = t["Translation.Error.Title"];
            }
            else if (problem?.Max is { } max)
            {
                Errors[field] = t["Translation.Error.TooLong", max];
            }
        }
    }

    private async Task<IActionResult?> LoadAsync(string key, string culture, CancellationToken ct)
    {
        if (!options.Value.SiteCultures.Contains(culture) || !Slug.IsValid(key))
        {
            return NotFound();
        }

        if (User.IsInRole(Roles.Translator) && !User.IsInRole(Roles.Administrator) && !User.IsInRole(Roles.Publisher) && !User.IsInRole(Roles.Editor)
            && !User.FindAll(CultureClaim).Any(c => c.Value == culture))
        {
            return Forbid();
        }

        var item = await store.FindByKeyAsync(key, ct);
        if (item?.Latest.Translation(Cultures.Source) is not { } german)
        {
            return NotFound();
        }

        Item = item;
        German = german;
        Culture = culture;
        GermanPlainLanguage = await plain.CheckEntryAsync(item.Type, german, ct);
        Status = item.Latest.TranslationStatus(culture);
        if (Status == TranslationStatus.Outdated && item.Latest.Translation(culture) is { } old)
        {
            GermanThen = item.Versions.FirstOrDefault(v => v.Number == old.SourceVersion)?.Translation(Cultures.Source);
        }

        return null;
    }

    private Task<bool> SlugTakenAsync(string slug, CancellationToken ct) =>
        (from t in db.ContentTranslations
         join v in db.ContentVersions on t.VersionId equals v.Id
         join i in db.ContentItems on v.ItemId equals i.Id
         where t.Culture == Culture && t.Slug == slug && i.Type == Item.Type && i.Id != Item.Id
         select t.Id).AnyAsync(ct);
}
