using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// All entries for the editors: type tabs, search on title and key, filters (state, topic, review,
/// missing contact data, translation) as a plain GET form, paging, and bulk actions. Providers
/// see only their organisations' entries.
/// </summary>
[Authorize(Roles = EditorPermissions.AreaRoles)]
public sealed class IndexModel(WegweiserDbContext db, ContentStore store, IOptions<WegweiserOptions> options, SiteContext site, EntryWorkflow workflow, EntryDecisionSaver decisions, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "typ")] public string? TypeParam { get; set; }
    [FromQuery(Name = "q")] public string? Text { get; set; }
    [FromQuery(Name = "status")] public string? StateParam { get; set; }
    [FromQuery(Name = "thema")] public string? TopicParam { get; set; }
    [FromQuery(Name = "pruefung")] public string? ReviewParam { get; set; }
    [FromQuery(Name = "ohnekontakt")] public string? MissingContactParam { get; set; }
    [FromQuery(Name = "sprache")] public string? CultureParam { get; set; }
    [FromQuery(Name = "uebersetzung")] public string? TranslationParam { get; set; }

    public EntryListFilter Filter { get; private set; } = new();

    public IReadOnlyList<EntryRow> Rows { get; private set; } = [];

    /// <summary>Which page of how many matching entries.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1, PageSize);

    /// <summary>The pager: this list with its filters on another page.</summary>
    public Pager Pager => new(Paging, page => Link(page: page));

    public IReadOnlyList<TaxonomyTerm> Topics { get; private set; } = [];

    public IReadOnlyList<string> OtherCultures => options.Value.SiteCultures.Where(c => c != Cultures.Source).ToList();

    public IReadOnlyList<string> Changed { get; private set; } = [];

    public IReadOnlyList<(string Title, string Reason)> Refused { get; private set; } = [];

    public bool BulkDone { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The form field that carries the version and stamp a row showed ("3:ab12…"), so a bulk publish publishes what the list showed.</summary>
    public static string SeenField(string key) => "stand-" + key;

    /// <summary>The value of <see cref="SeenField"/> for a row.</summary>
    public static string Seen(ContentVersion latest) => $"{latest.Number}:{Core.Workflow.VersionStamp.Of(latest)}";

    /// <summary>Applies one action to the chosen entries, each checked on its own; says what changed and what was refused.</summary>
    public async Task<IActionResult> OnPostBulkAsync([FromForm(Name = "keys")] List<string>? keys, [FromForm(Name = "aktion")] string? action, CancellationToken ct)
    {
        if (action is not ("geprueft" or "einreichen" or "veroeffentlichen" or "archivieren") || keys is not { Count: > 0 })
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Refused = [("–", t["Editor.Bulk.NothingChosen"].Value)];
            BulkDone = true;
            await LoadAsync(ct);
            return Page();
        }

        var wanted = keys.Distinct(StringComparer.Ordinal).Take(500).ToList();
        var items = await store.WithVersionsAndTranslations().Where(i => wanted.Contains(i.Key)).ToListAsync(ct);
        var changed = new List<string>();
        var refused = new List<(string, string)>();
        var published = new List<EntryDecision>();
        foreach (var item in items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            var title = item.Latest.Translation(Cultures.Source)?.Title ?? item.Key;
            if (!EditorPermissions.CanEdit(User, item))
            {
                refused.Add((title, EntryWorkflow.Outcome.NotAllowed.Describe(t)));
                continue;
            }

            var subject = EntryDecision.Subject(item);
            var outcome = action switch
            {
                "geprueft" => workflow.MarkReviewed(item, User),
                "einreichen" => workflow.Submit(item, User),
                "veroeffentlichen" => PublishAsSeen(item),
                _ => workflow.Archive(item, User),
            };
            if (outcome.Done)
            {
                changed.Add(title);
                if (action == "veroeffentlichen" && subject is not null)
                {
                    published.Add(new EntryDecision(item, subject, EntryDecisionKind.Published));
                }
            }
            else
            {
                refused.Add((title, outcome.Describe(t)));
            }
        }

        await decisions.SaveAsync(published, PublicUrl.BaseOf(HttpContext), ct);
        (Changed, Refused, BulkDone) = (changed, refused, true);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Publishes the latest version if it is still the one the list showed (see <see cref="SeenField"/>).</summary>
    private EntryWorkflow.Outcome PublishAsSeen(ContentItem item)
    {
        if (item.Latest.State is not (Core.Workflow.WorkflowState.Draft or Core.Workflow.WorkflowState.InReview))
        {
            return EditorPermissions.CanPublish(User) ? EntryWorkflow.Outcome.InState(item.Latest.State) : EntryWorkflow.Outcome.NotAllowed;
        }

        var seen = Request.Form[SeenField(item.Key)].ToString().Split(':', 2);
        int? number = seen.Length == 2 && int.TryParse(seen[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        return workflow.Publish(item, User, number, seen.Length == 2 ? seen[1] : null);
    }

    /// <summary>The bulk form posts to the list as it is filtered, so the answer shows the same list.</summary>
    public string BulkAction
    {
        get
        {
            var link = Link(page: Paging.Number);
            var query = link.IndexOf('?', StringComparison.Ordinal);
            return AdminLinks.Entries + "?handler=Bulk" + (query < 0 ? "" : "&" + link[(query + 1)..]);
        }
    }

    /// <summary>The link to this list with one parameter changed (and the page reset).</summary>
    public string Link(string? name = null, string? value = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["typ"] = TypeParam, ["q"] = Text, ["status"] = StateParam, ["thema"] = TopicParam, ["pruefung"] = ReviewParam,
            ["ohnekontakt"] = MissingContactParam, ["sprache"] = CultureParam, ["uebersetzung"] = TranslationParam,
        };
        if (name is not null)
        {
            query[name] = value;
        }

        if (page is > 1)
        {
            query[PageSlice.Param] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var parts = query.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}").ToList();
        return parts.Count == 0 ? AdminLinks.Entries : $"{AdminLinks.Entries}?{string.Join("&", parts)}";
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Filter = EntryListFilter.From(TypeParam, Text, StateParam, TopicParam, ReviewParam, MissingContactParam, CultureParam, TranslationParam, options.Value.SiteCultures);
        Topics = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.Topic).OrderBy(t => t.SortOrder).ToListAsync(ct);
        var items = await store.WithVersionsAndTranslations().AsNoTracking().ToListAsync(ct);
        var policy = options.Value.Review;
        var today = site.Today;
        var others = OtherCultures;
        var compare = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(Cultures.Source), ignoreCase: true);
        var rows = items.Where(i => i.Versions.Count > 0 && EditorPermissions.CanEdit(User, i))
            .Select(i => EntryRow.Of(i, policy, today))
            .Where(r => Filter.Matches(r, others))
            .OrderBy(r => r.Title, compare)
            .ToList();
        Paging = PageSlice.Of(rows.Count, PageSlice.Requested(Request.Query), PageSize);
        Rows = Paging.Take(rows);
    }
}
