namespace Wegweiser.Web.Features.Paging;

/// <summary>What the <c>_Pager</c> partial draws: a page of a list and the address of any other page.</summary>
public sealed record Pager(PageSlice Page, Func<int, string> Url);
