using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>Signed-in users change their password, e.g. the generated one of the first start.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    public List<string> Errors { get; } = [];

    public bool Changed { get; private set; }

    public void OnGet([FromQuery(Name = "geaendert")] string? changed)
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        Changed = changed == "1";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        if (string.IsNullOrEmpty(Current) || string.IsNullOrEmpty(New))
        {
            Errors.Add(t["Password.Error.Missing"]);
        }
        else if (New != Repeat)
        {
            Errors.Add(t["Password.Error.Repeat"]);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (Errors.Count == 0)
        {
            var result = await users.ChangePasswordAsync(user, Current!, New!);
            Errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} changed the password", user.Id);
        return Redirect("/konto/passwort?geaendert=1");
    }
}
