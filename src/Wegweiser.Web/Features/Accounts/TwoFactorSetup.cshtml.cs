using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, Identity's authenticator provider): shows
/// the shared key and its QR code (drawn here, no outside requests), switches it on once a code
/// from the app is right, and shows the recovery codes once. Staff (see <see cref="TwoFactorPolicy"/>)
/// must do this before they reach the admin area.
/// </summary>
[Authorize]
public sealed class TwoFactorSetupModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, TwoFactorPolicy twoFactor, ILogger<TwoFactorSetupModel> logger) : PageModel
{
    public const string Path = "/konto/zwei-faktor";
    public const string Issuer = "Wegweiser";
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>Whether the user's role requires two-factor sign-in.</summary>
    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>New recovery codes, shown on this one response only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public bool CodeWrong { get; private set; }

    /// <summary>Two-factor sign-in was switched on by this very request.</summary>
    public bool JustEnabled { get; private set; }

    /// <summary>Where to go after setting it up: the page asked for, else the admin overview or the account page.</summary>
    public string ContinueUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Required ? AdminLinks.Dashboard : "/konto/anmelden";

    public async Task<IActionResult> OnGetAsync()
    {
        Protect();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Protect();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect(Path);
        }

        var code = TwoFactorCode.AsAuthenticatorCode(Code);
        if (code is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            CodeWrong = true;
            await LoadAsync(user);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        JustEnabled = true;
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        // Switching it on changes the security stamp; renew the cookie so this session stays valid.
        // The code just typed is the second factor of this session, as at the code step.
        await StaffSessions.SignInWithSecondFactorAsync(HttpContext, signIn, user);
        logger.LogInformation("User {UserId} switched on two-factor sign-in", user.Id);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        Protect();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect(Path);
        }

        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        logger.LogInformation("User {UserId} made new recovery codes", user.Id);
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(IdentityUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = twoFactor.IsRequiredFor(await users.GetRolesAsync(user));
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp; renew the cookie so this session stays valid.
            await signIn.RefreshSignInAsync(user);
        }

        SharedKey = TwoFactorCode.Grouped(key!);
        QrCode = QrCodeSvg.For(TwoFactorCode.OtpAuthUri(Issuer, user.UserName ?? user.Id, key!), "QR-Code für die Authenticator-App");
    }

    /// <summary>The page shows secrets (the key, recovery codes): never cache or compress it.</summary>
    private void Protect()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        Response.Headers.CacheControl = "no-store";
    }
}
