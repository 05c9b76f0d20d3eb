using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wegweiser.Web.Features.Errors;

/// <summary>
/// The friendly page for 404 and other errors; status code pages re-execute to it. Its language
/// comes from the address the visitor asked for (see the culture providers in Program.cs).
/// </summary>
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
