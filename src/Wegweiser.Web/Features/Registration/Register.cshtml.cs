using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// "Verein oder Angebot eintragen": the guided form, its preview (every value carried in hidden
/// fields, so the way back loses nothing and no JavaScript is needed) and the sending, which stores
/// the registration and mails the confirmation link. Limited per address (Wegweiser:RateLimits:Forms),
/// with a honeypot; mistakes are named at their fields in the visitor's language.
/// </summary>
public sealed class RegisterModel(RegistrationDesk desk, TaxonomyStore taxonomies, DirectoryQueries queries, SiteContext site,
    IStringLocalizer<SharedResource> t, IOptions<RegistrationOptions> options) : PageModel
{
    public const string Segment = "eintragen";

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public Dictionary<string, string> Errors { get; private set; } = [];

    public bool Previewing { get; private set; }

    public bool Sent { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    /// <summary>The privacy statement in the visitor's language (German when not translated), if published.</summary>
    public string? PrivacyUrl { get; private set; }

    public int DeleteAfterDays => (int)options.Value.DeleteAfter.TotalDays;

    public static string Link(string culture) => $"/{culture}/{Segment}";

    public async Task OnGetAsync([FromQuery(Name = TopicModel.TypeParam)] string? type, [FromQuery(Name = VisitorForm.SentParam)] string? sent, CancellationToken ct)
    {
        Sent = sent == "1";
        Input.Type = type;
        Input.Type = Input.ChosenType?.ToString();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Input.Homepage))
        {
            return Redirect($"{Link(site.Culture)}?{VisitorForm.SentParam}=1");
        }

        await LoadAsync(ct);
        Errors = Validate();
        Previewing = Errors.Count == 0;
        return Answer();
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Input.Homepage))
        {
            // A bot filled the hidden field: answer as if all went well, store and send nothing.
            return Redirect($"{Link(site.Culture)}?{VisitorForm.SentParam}=1");
        }

        await LoadAsync(ct);
        Errors = Validate();
        if (Errors.Count > 0)
        {
            return Answer();
        }

        var culture = site.Culture;
        await desk.SubmitAsync(Input, culture, token => PublicUrl.Absolute(HttpContext, ConfirmModel.Link(culture, token)), ct);
        return Redirect($"{Link(culture)}?{VisitorForm.SentParam}=1");
    }

    /// <summary>The visitor's name for a term in the page's language.</summary>
    public string Name(string taxonomy, string key) =>
        Terms.GetValueOrDefault(taxonomy)?.FirstOrDefault(term => term.Key == key)?.NameIn(site.Culture) ?? key;

    private IActionResult Answer()
    {
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private Dictionary<string, string> Validate()
    {
        var keys = Terms.ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Value.Select(term => term.Key).ToHashSet(StringComparer.Ordinal));
        return RegistrationRules.Validate(Input, RegistrationRules.Context(Input.ChosenType ?? ContentType.Service, keys), t);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        var all = await taxonomies.AllAsync(ct);
        Terms = all.Values.GroupBy(term => term.Taxonomy).ToDictionary(g => g.Key,
            g => (IReadOnlyList<TaxonomyTerm>)g.OrderBy(term => term.SortOrder).ThenBy(term => term.NameIn(site.Culture), StringComparer.CurrentCulture).ToList());
        var snapshot = await queries.SnapshotAsync(ct);
        if (snapshot.ByKey(options.Value.PrivacyPageKey) is { } privacy
            && (privacy.Version.Translation(site.Culture) ?? privacy.Version.Translation(Cultures.Source)) is { } text)
        {
            PrivacyUrl = DirectorySection.For(ContentType.Page).DetailUrl(site.Culture, text.Slug);
        }
    }
}
