using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary>
/// <c>/admin/konten/{id}</c>: one account. Change its role and languages, link a provider to
/// organisations, disable or re-enable it, reset its second factor. Each form posts one change;
/// a refused change shows why and changes nothing.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class AccountModel(AccountAdministration accounts) : PageModel
{
    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<string> Cultures { get; set; } = [];

    [BindProperty]
    public List<string> Organisations { get; set; } = [];

    [BindProperty]
    public string? Language { get; set; }

    public AccountSummary Account { get; private set; } = null!;

    public AccountForm Form { get; private set; } = new();

    /// <summary>Whether this is the signed-in administrator's own account (no disabling, no demotion).</summary>
    public bool IsSelf { get; private set; }

    [BindProperty(SupportsGet = true, Name = "gespeichert")]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string id, CancellationToken ct) =>
        await LoadAsync(id, [], fromAccount: true, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRoleAsync([FromRoute] string id, CancellationToken ct) =>
        ApplyAsync(id, accounts.ChangeRoleAsync(id, Role, Cultures, Actor, ActorId, ct, Language), ct);

    public Task<IActionResult> OnPostOrganisationsAsync([FromRoute] string id, CancellationToken ct) =>
        ApplyAsync(id, accounts.LinkOrganisationsAsync(id, Organisations, Actor, ct), ct);

    public Task<IActionResult> OnPostDisableAsync([FromRoute] string id, CancellationToken ct) =>
        ApplyAsync(id, accounts.DisableAsync(id, Actor, ActorId, ct), ct);

    public Task<IActionResult> OnPostEnableAsync([FromRoute] string id, CancellationToken ct) =>
        ApplyAsync(id, accounts.EnableAsync(id, Actor, ct), ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync([FromRoute] string id, CancellationToken ct) =>
        ApplyAsync(id, accounts.ResetTwoFactorAsync(id, Actor, ct), ct);

    private string Actor => User.Identity?.Name ?? "?";

    private string? ActorId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task<IActionResult> ApplyAsync(string id, Task<AccountChange> change, CancellationToken ct)
    {
        var result = await change;
        if (result.Succeeded)
        {
            return Redirect($"{AdminLinks.Account(id)}?gespeichert=1");
        }

        if (!await LoadAsync(id, result.Problems, fromAccount: false, ct))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, IReadOnlyList<AccountProblem> problems, bool fromAccount, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var account = await accounts.FindAsync(id, ct);
        if (account is null)
        {
            return false;
        }

        Account = account;
        IsSelf = account.Id == ActorId;
        Form = new AccountForm
        {
            Name = account.Name,
            Email = account.Email,
            Role = fromAccount ? account.Role : Role,
            Cultures = fromAccount ? [.. account.Cultures] : Cultures,
            Organisations = fromAccount ? [.. account.Organisations] : Organisations,
            Language = fromAccount ? account.Language : Language,
            CultureChoices = accounts.TranslationCultures,
            OrganisationChoices = account.Role == Roles.Provider ? await accounts.OrganisationsAsync(ct) : [],
            Problems = problems,
        };
        return true;
    }
}
