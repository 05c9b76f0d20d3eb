using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Wegweiser.Web.Features.PlainLanguage;

/// <summary>
/// The small endpoint the editor script calls while an editor types (debounced): it checks the
/// posted German text and answers with the result fragment of <see cref="PlainLanguageHtml"/>.
/// Signed-in editor-area users only; Razor Pages checks the antiforgery token of every POST.
/// Nothing is stored.
/// </summary>
[Authorize(Roles = CheckRoles)]
public sealed class CheckModel(PlainLanguageReview review, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string CheckRoles = $"{Accounts.Roles.Administrator},{Accounts.Roles.Publisher},{Accounts.Roles.Editor},{Accounts.Roles.Provider},{Accounts.Roles.Translator}";

    /// <summary>The longest text checked; the longest field (the description) is shorter.</summary>
    public const int MaxLength = 50_000;

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "text")] string? text, CancellationToken ct)
    {
        if (text?.Length > MaxLength)
        {
            return BadRequestText(t["PlainLanguage.TooLong"]);
        }

        var report = await review.CheckAsync(text, ct);
        return Content(PlainLanguageHtml.Result(report, review.Options.MinimumScore, t), "text/html; charset=utf-8");
    }

    private ContentResult BadRequestText(string message) =>
        new() { StatusCode = StatusCodes.Status400BadRequest, Content = PlainLanguageHtml.Error(message), ContentType = "text/html; charset=utf-8" };
}
