using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary>
/// <c>/admin/konten/neu</c>: creates an account with a generated password, shown on this one
/// response only (as the <c>user add</c> verb prints it once).
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class NewModel(AccountAdministration accounts) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<string> Cultures { get; set; } = [];

    [BindProperty]
    public List<string> Organisations { get; set; } = [];

    [BindProperty]
    public string? Language { get; set; }

    public AccountForm Form { get; private set; } = new();

    /// <summary>The new account, once created: its id and the password to hand over.</summary>
    public (string Id, string Password)? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Protect();
        await LoadAsync([], ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Protect();
        var result = await accounts.CreateAsync(Name, Email, Role, Cultures, Organisations, User.Identity?.Name ?? "?", ct, Language);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(result.Problems, ct);
            return Page();
        }

        Created = (result.UserId!, result.Password!);
        await LoadAsync([], ct);
        return Page();
    }

    private async Task LoadAsync(IReadOnlyList<AccountProblem> problems, CancellationToken ct) =>
        Form = new AccountForm
        {
            Name = Name,
            Email = Email,
            Role = Role,
            Cultures = Cultures,
            Organisations = Organisations,
            Language = Language,
            CultureChoices = accounts.TranslationCultures,
            OrganisationChoices = await accounts.OrganisationsAsync(ct),
            Problems = problems,
        };

    /// <summary>The page may show a password: never cache or compress it.</summary>
    private void Protect()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        Response.Headers.CacheControl = "no-store";
    }
}
