using Microsoft.AspNetCore.Http;
using Wegweiser.Web.Features.Paging;

namespace Wegweiser.Web.Tests.Features.Paging;

/// <summary>The paging rules every list shares: page numbers as typed, bounds and the window of numbered links.</summary>
public class PageSliceTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("2", 2)]
    [InlineData("abc", 1)]
    [InlineData("0", 1)]
    [InlineData("-1", 1)]
    [InlineData("+2", 1)]
    [InlineData("2.5", 1)]
    [InlineData(" 2", 1)]
    [InlineData("99999999999", 1)]
    [InlineData("999999", 999999)]
    public void A_typed_page_number_is_taken_only_when_it_is_a_plain_positive_number(string? typed, int expected) =>
        Assert.Equal(expected, PageSlice.Requested(typed));

    [Theory]
    [InlineData(57, 1, 1, 3)]
    [InlineData(57, 3, 3, 3)]
    [InlineData(57, 999999, 3, 3)]
    [InlineData(60, 4, 3, 3)]
    [InlineData(0, 5, 1, 1)]
    [InlineData(20, 2, 1, 1)]
    public void A_page_beyond_the_last_shows_the_last(int total, int requested, int number, int count)
    {
        var page = PageSlice.Of(total, requested);

        Assert.Equal(number, page.Number);
        Assert.Equal(count, page.Count);
        Assert.Equal(total, page.Total);
    }

    [Fact]
    public void A_page_takes_its_share_of_the_sorted_list()
    {
        var all = Enumerable.Range(1, 57).ToList();

        Assert.Equal(Enumerable.Range(21, 20), PageSlice.Of(57, 2).Take(all));
        Assert.Equal(Enumerable.Range(41, 17), PageSlice.Of(57, 3).Take(all));
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 5, "1 2 3 4 5")]
    [InlineData(1, 18, "1 2 3 … 18")]
    [InlineData(5, 18, "1 2 3 4 5 6 7 … 18")]
    [InlineData(9, 18, "1 … 7 8 9 10 11 … 18")]
    [InlineData(18, 18, "1 … 16 17 18")]
    public void Many_pages_show_the_first_the_last_and_those_around_the_current_one(int number, int count, string expected)
    {
        var window = PageSlice.Of(count * 20, number).Window();

        Assert.Equal(expected, string.Join(" ", window.Select(n => n?.ToString() ?? "…")));
    }

    [Fact]
    public void A_page_link_keeps_every_other_parameter_and_leaves_out_the_first_page()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/de/kurse";
        context.Request.QueryString = new QueryString("?ort=arnstadt&seite=3&sprache=ar&sprache=uk&q=a%20b");

        Assert.Equal("/de/kurse?ort=arnstadt&sprache=ar&sprache=uk&q=a%20b&seite=2", PageSlice.Link(context.Request, 2));
        Assert.Equal("/de/kurse?ort=arnstadt&sprache=ar&sprache=uk&q=a%20b", PageSlice.Link(context.Request, 1));
    }
}
