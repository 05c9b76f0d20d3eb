using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wegweiser.Web.Features.Api;

/// <summary>The readable description of the public APIs (<c>/api</c>), German, made from <see cref="ApiCatalog"/>.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>The fragment id of an endpoint's section ("api-hsds-services-id").</summary>
    public static string Anchor(ApiEndpoint endpoint) =>
        "api" + string.Concat(endpoint.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(s => "-" + s.Trim('{', '}').Replace('_', '-')))
        + (endpoint.Path.EndsWith('/') ? "-start" : "");

    public void OnGet()
    {
    }
}
