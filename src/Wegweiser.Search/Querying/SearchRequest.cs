namespace Wegweiser.Search.Querying;

/// <summary>A search as a visitor asked for it: the typed text and the page (from 1).</summary>
public sealed record SearchRequest(string? Text, int Page = 1, int PageSize = 10)
{
    public int SafePage => Math.Clamp(Page, 1, 1000);

    public int SafePageSize => Math.Clamp(PageSize, 1, 50);
}
