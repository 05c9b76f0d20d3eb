using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The second step of signing in for accounts with two-factor sign-in: the 6-digit code from the
/// authenticator app, or one of the recovery codes. Wrong codes count towards the lockout.
/// </summary>
public sealed class SignInCodeModel(SignInManager<IdentityUser> signIn, SiteContext site, ILogger<SignInCodeModel> logger) : PageModel
{
    public const string Path = "/konto/anmelden-code";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/konto/anmelden") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The first step has expired (after 5 minutes) or never happened.
            return Redirect("/konto/anmelden");
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ErrorKey = "TwoFactor.Error.Missing";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var appCode = TwoFactorCode.AsAuthenticatorCode(Code);
        var result = appCode is not null
            ? await signIn.TwoFactorAuthenticatorSignInAsync(appCode, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCode.AsRecoveryCode(Code));
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in with {Factor}", user.Id, appCode is not null ? "an authenticator code" : "a recovery code");
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"/{site.Culture}/");
        }

        ErrorKey = result.IsLockedOut ? "Account.Error.LockedOut" : "TwoFactor.Error.Code";
        logger.LogWarning("Failed second sign-in step ({Reason})", result.IsLockedOut ? "locked out" : "wrong code");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
