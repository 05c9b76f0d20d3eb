using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Translation.Machine;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation;

/// <summary>
/// <c>/admin/uebersetzungen/vorschlagen</c>, publishers and administrators: "Fehlende Übersetzungen
/// vorschlagen". Choose a language and the entries without a translation in it; a background job
/// writes machine suggestions as drafts marked machine-translated, with a progress bar (a small
/// script moves it; without script, a link reloads the page). Nothing is published.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher}")]
public sealed class SuggestMissingModel(MachineTranslation machine, MachineTranslationJob job, TranslationOverview overview,
    IOptions<WegweiserOptions> options, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The most entries one run takes.</summary>
    public const int MaxEntries = 500;

    public const string Path = AdminLinks.TranslationSuggestions;

    public bool IsAvailable => machine.IsAvailable;

    /// <summary>The site's languages the service translates into.</summary>
    public IReadOnlyList<string> Cultures => options.Value.SiteCultures.Where(machine.Supports).ToList();

    /// <summary>The site's languages it does not ("nicht unterstützt").</summary>
    public IReadOnlyList<string> Unsupported => options.Value.SiteCultures.Where(c => c != Core.Content.Cultures.Source && !machine.Supports(c)).ToList();

    /// <summary>The chosen language, when it is one of <see cref="Cultures"/>.</summary>
    public string? Culture { get; private set; }

    /// <summary>The entries without a translation in <see cref="Culture"/>.</summary>
    public IReadOnlyList<TranslationOverview.Item> Missing { get; private set; } = [];

    public JobProgress Status => job.Status;

    public MachineTranslationJob.Outcome? Last => job.Last;

    public string? Error { get; private set; }

    public bool AlreadyRunning { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "sprache")] string? culture, [FromQuery(Name = "laeuft")] bool alreadyRunning, CancellationToken ct)
    {
        AlreadyRunning = alreadyRunning;
        await LoadAsync(culture, ct);
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "sprache")] string? culture, [FromForm(Name = "eintrag")] List<string>? keys, CancellationToken ct)
    {
        await LoadAsync(culture, ct);
        keys = keys?.Where(Slug.IsValid).Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (!IsAvailable)
        {
            Error = t["MachineTranslation.NotConfigured"];
        }
        else if (Culture is null)
        {
            Error = t["MachineTranslation.Bulk.ChooseLanguage"];
        }
        else if (keys.Count == 0)
        {
            Error = t["MachineTranslation.Bulk.ChooseEntries"];
        }
        else if (keys.Count > MaxEntries)
        {
            Error = t["MachineTranslation.Bulk.TooMany", MaxEntries];
        }

        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var started = job.TryStart(Culture!, keys, User.Identity?.Name);
        return Redirect($"{Path}?sprache={Culture}" + (started ? "" : "&laeuft=true"));
    }

    /// <summary>The progress as JSON for the page's script.</summary>
    public IActionResult OnGetStatus() => job.Status.ToJson(Response);

    private async Task LoadAsync(string? culture, CancellationToken ct)
    {
        if (!IsAvailable || culture is null || !Cultures.Contains(culture))
        {
            return;
        }

        Culture = culture;
        var (_, work) = await overview.BuildAsync([culture], ct);
        Missing = work.Where(w => w.Status == TranslationStatus.Missing).OrderBy(w => w.Type).ThenBy(w => w.Title, StringComparer.CurrentCulture).ToList();
    }
}
