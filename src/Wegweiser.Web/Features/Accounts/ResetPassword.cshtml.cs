using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// Sets a new password from the emailed link (<c>/konto/passwort-neu?konto=…&amp;code=…</c>). The
/// code is Identity's reset token: it expires after 2 hours and is spent once the password
/// changes. A broken, expired or used link changes nothing and says so in German.
/// </summary>
public sealed class ResetPasswordModel(UserManager<IdentityUser> users, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t, ILogger<ResetPasswordModel> logger) : PageModel
{
    public const string Path = "/konto/passwort-neu";

    [BindProperty(SupportsGet = true, Name = "konto")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    /// <summary>The link cannot be used (unknown account, broken, expired or already used).</summary>
    public bool LinkInvalid { get; private set; }

    /// <summary>Problems with the new password, shown at the field.</summary>
    public List<string> PasswordErrors { get; } = [];

    /// <summary>The page's address for a user and a token; the token travels Base64url-encoded.</summary>
    public static string Link(string userId, string token) =>
        $"{Path}?konto={Uri.EscapeDataString(userId)}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    public async Task<IActionResult> OnGetAsync()
    {
        Protect();
        var (user, token) = await ResolveAsync();
        LinkInvalid = user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<IdentityUser>.ResetPasswordTokenPurpose, token!);
        if (LinkInvalid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Protect();
        var (user, token) = await ResolveAsync();
        if (user is null)
        {
            LinkInvalid = true;
        }
        else if (string.IsNullOrEmpty(New))
        {
            PasswordErrors.Add(t["Password.Error.Missing"]);
        }
        else if (New != Repeat)
        {
            PasswordErrors.Add(t["Password.Error.Repeat"]);
        }
        else
        {
            var result = await users.ResetPasswordAsync(user, token!, New);
            if (result.Succeeded)
            {
                logger.LogInformation("User {UserId} set a new password from a reset link", user.Id);
                return Redirect("/konto/anmelden?passwort=neu");
            }

            LinkInvalid = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            PasswordErrors.AddRange(result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken)).Select(e => e.Description));
            logger.LogWarning("A password reset was refused ({Reason})", LinkInvalid ? "invalid link" : "password rules");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<(IdentityUser? User, string? Token)> ResolveAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code))
        {
            return (null, null);
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            return (null, null);
        }

        return (await users.FindByIdAsync(UserId), token);
    }

    /// <summary>The address carries the token: no caching, no compression (no referrer: SecurityHeadersMiddleware).</summary>
    private void Protect()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        Response.Headers.CacheControl = "no-store";
    }
}
