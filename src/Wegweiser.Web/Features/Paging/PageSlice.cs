using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Wegweiser.Web.Features.Paging;

/// <summary>
/// One page of a list that can grow: which page is shown, how many entries a page holds and how
/// many there are in all. Every list (public lists, topic pages, search, editor lists) pages
/// through this type and the <c>_Pager</c> partial, with the page number in <c>?seite=N</c>.
/// </summary>
public sealed record PageSlice
{
    /// <summary>The query parameter that carries the page number.</summary>
    public const string Param = "seite";

    /// <summary>Entries a page of a public list holds.</summary>
    public const int DefaultSize = 20;

    private PageSlice(int number, int size, int total)
    {
        Number = number;
        Size = size;
        Total = total;
    }

    /// <summary>The page shown, from 1.</summary>
    public int Number { get; }

    /// <summary>Entries a page holds.</summary>
    public int Size { get; }

    /// <summary>Entries in the whole list (the count line shows this, not the page's share).</summary>
    public int Total { get; }

    /// <summary>Pages in all; an empty list has one (empty) page.</summary>
    public int Count => CountOf(Total, Size);

    /// <summary>Entries before this page.</summary>
    public int Skip => (Number - 1) * Size;

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;

    /// <summary>
    /// The page of <paramref name="total"/> entries a visitor asked for: a page beyond the last
    /// shows the last one, anything malformed (see <see cref="Requested(string?)"/>) the first.
    /// </summary>
    public static PageSlice Of(int total, int requested, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return new PageSlice(Math.Clamp(requested, 1, CountOf(total, size)), size, total);
    }

    private static int CountOf(int total, int size) => Math.Max(1, (int)((total + (long)size - 1) / size));

    /// <summary>The page number in a request's query string (1 when missing or malformed).</summary>
    public static int Requested(IQueryCollection query) => Requested(query[Param].FirstOrDefault());

    /// <summary>
    /// A page number as typed: digits only, at least 1 and within <see cref="int"/>; anything else
    /// (<c>abc</c>, <c>0</c>, <c>-1</c>, <c>99999999999</c>) means the first page.
    /// </summary>
    public static int Requested(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : 1;

    /// <summary>This page's share of a list that is already sorted.</summary>
    public IReadOnlyList<T> Take<T>(IReadOnlyList<T> all) => all.Skip(Skip).Take(Size).ToList();

    /// <summary>
    /// The page numbers to link: the first, the last and those around this one; null stands for
    /// a gap ("…"). A gap of one page shows that page instead.
    /// </summary>
    public IReadOnlyList<int?> Window(int around = 2)
    {
        var shown = new SortedSet<int> { 1, Count };
        for (var n = Math.Max(1, Number - around); n <= Math.Min(Count, Number + around); n++)
        {
            shown.Add(n);
        }

        var window = new List<int?>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous == 2)
            {
                window.Add(n - 1);
            }
            else if (n - previous > 2)
            {
                window.Add(null);
            }

            window.Add(n);
            previous = n;
        }

        return window;
    }

    /// <summary>
    /// The current address on another page: every other query parameter stays as it was (filters,
    /// search words, <c>typ</c>), the page number goes last and is left out for the first page.
    /// </summary>
    public static string Link(HttpRequest request, int page)
    {
        var pairs = request.Query
            .Where(p => !string.Equals(p.Key, Param, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => (p.Key, Value: v ?? "")))
            .ToList();
        if (page > 1)
        {
            pairs.Add((Param, page.ToString(CultureInfo.InvariantCulture)));
        }

        var path = (request.PathBase + request.Path).ToString();
        return pairs.Count == 0 ? path : path + "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }
}
