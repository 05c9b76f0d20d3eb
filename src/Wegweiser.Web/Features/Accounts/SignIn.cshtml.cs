using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Sign-in for staff and volunteers. Wrong passwords do not lock the account (a stranger could
/// otherwise keep a known account such as <c>admin</c> locked): the rate limit per client address
/// (<c>Wegweiser:RateLimits:SignIn</c>) slows guessing instead. Wrong codes of the second step,
/// which only someone with the password reaches, still count towards the lockout.
/// Accounts with two-factor sign-in go on to the code step; staff who must use it (see
/// <see cref="TwoFactorPolicy"/>) and have not set it up are sent to do so.
/// </summary>
public sealed class SignInModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, TwoFactorPolicy twoFactor, SiteContext site, ILogger<SignInModel> logger) : PageModel
{
    public const string Path = "/konto/anmelden";

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorKey { get; private set; }

    /// <summary>Shown after a new password was set from an emailed link.</summary>
    [BindProperty(SupportsGet = true, Name = "passwort")]
    public string? PasswordState { get; set; }

    public void OnGet() => CompressionPolicy.DoNotCompress(HttpContext);

    public async Task<IActionResult> OnPostAsync()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            ErrorKey = "Account.Error.Missing";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var user = await users.FindByNameAsync(UserName.Trim()) ?? await users.FindByEmailAsync(UserName.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            return Redirect($"{SignInCodeModel.Path}?ReturnUrl={Uri.EscapeDataString(SafeReturnUrl())}");
        }

        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user!.Id);
            if (twoFactor.IsRequiredFor(await users.GetRolesAsync(user)))
            {
                // Two-factor sign-in is off (else RequiresTwoFactor above): set it up first.
                return Redirect($"{TwoFactorSetupModel.Path}?ReturnUrl={Uri.EscapeDataString(SafeReturnUrl())}");
            }

            return LocalRedirect(SafeReturnUrl());
        }

        ErrorKey = !result.IsLockedOut ? "Account.Error.Wrong"
            : user is not null && Administration.AccountAdministration.IsDisabled(user) ? "Account.Error.Disabled"
            : "Account.Error.LockedOut";
        logger.LogWarning("Failed sign-in ({Reason})", result.IsLockedOut ? "locked out" : "wrong name or password");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect($"/{site.Culture}/");
    }

    private string SafeReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"/{site.Culture}/";
}
