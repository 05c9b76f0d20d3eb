using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Features.Paging;

namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary><c>/admin/konten</c>: every account with its role, links, second factor, state and last sign-in.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(AccountAdministration accounts) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1, PageSize);

    public Pager Pager => new(Paging, page => PageSlice.Link(Request, page));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Paging = PageSlice.Of(await accounts.CountAsync(ct), PageSlice.Requested(Request.Query), PageSize);
        Accounts = await accounts.ListAsync(Paging.Skip, Paging.Size, ct);
    }
}
