using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// "Passwort vergessen?": asks for the email address and always gives the same answer, so the
/// page never tells whether an account exists. Known addresses get a link with Identity's reset
/// token (valid 2 hours, once).
/// </summary>
public sealed class ForgotPasswordModel(
    UserManager<IdentityUser> users, EmailOutbox outbox, PasswordResetLimiter limiter, IOptions<WegweiserOptions> options, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The neutral answer after a request.</summary>
    public bool Sent { get; private set; }

    public string? ErrorKey { get; private set; }

    public void OnGet() => CompressionPolicy.DoNotCompress(HttpContext);

    public async Task<IActionResult> OnPostAsync()
    {
        CompressionPolicy.DoNotCompress(HttpContext);
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            ErrorKey = "Reset.Error.Email";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        // A disabled account gets no link: a new password would not let it in anyway.
        if (user is not null && !Administration.AccountAdministration.IsDisabled(user) && limiter.TryAcquireForEmail(email))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = PublicUrl.Absolute(HttpContext, ResetPasswordModel.Link(user.Id, token));
            var language = AccountLanguage.Of((await users.GetClaimsAsync(user)).Select(c => ((string?)c.Type, (string?)c.Value)), options.Value.SiteCultures);
            if (outbox.Enqueue(PasswordResetEmail.Create(user.Email!, user.UserName!, link, language)))
            {
                logger.LogInformation("Password reset link queued for user {UserId}", user.Id);
            }
            else
            {
                logger.LogWarning("Password reset link for user {UserId} dropped: the email queue is full", user.Id);
            }
        }

        Sent = true;
        return Page();
    }
}
