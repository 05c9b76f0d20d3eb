using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;
using static Wegweiser.Web.Tests.Features.Paging.PublicListPagingTests;

namespace Wegweiser.Web.Tests.Features.Paging;

/// <summary>The editor lists that can grow page with the same pager: entries, suggestions, review rounds, dashboards.</summary>
public partial class EditorListPagingTests(EditorListPagingTests.Site site) : IClassFixture<EditorListPagingTests.Site>
{
    public const int MistakeReports = 60;
    public const int Rounds = 25;

    public sealed class Site : IAsyncLifetime
    {
        public WegweiserFactory Factory { get; } = new("demo");

        public HttpClient Editor { get; private set; } = null!;

        public HttpClient Publisher { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await PagingContent.AddAsync(Factory, PagingSite.PerType);
            await Factory.QueryAsync(async db =>
            {
                var item = db.ContentItems.First(i => i.Key == "demo-chor-ilmenau");
                var start = DateTime.UtcNow.AddDays(-1);
                for (var i = 1; i <= MistakeReports; i++)
                {
                    db.MistakeReports.Add(new MistakeReport { ItemId = item.Id, Message = $"Hinweis Nummer {i:00}", CreatedUtc = start.AddMinutes(i), State = MistakeReportState.Open });
                }

                for (var i = 1; i <= Rounds; i++)
                {
                    db.ReviewRounds.Add(new ReviewRound { Title = $"Runde {i:00}", CreatedUtc = start.AddMinutes(i), ExpiresUtc = start.AddDays(42), ReminderAfterDays = 14 });
                }

                return await db.SaveChangesAsync();
            });
            Editor = await EditorSite.SignedInAsync(Factory, "redaktion", Roles.Editor);
            await TestAccounts.CreateAsync(Factory, "beauftragte", Roles.Publisher);
            Publisher = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await TestAccounts.SignInAsync(Publisher, "beauftragte");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task The_entry_list_pages_50_rows_and_keeps_its_filters()
    {
        var first = await GetOkAsync(site.Editor, "/admin/eintraege?typ=Service");
        var second = await GetOkAsync(site.Editor, "/admin/eintraege?typ=Service&seite=2");

        Assert.Equal(50, Rows(first).Count);
        Assert.Empty(Rows(first).Intersect(Rows(second)));
        Assert.Contains("<a href=\"/admin/eintraege?typ=Service&amp;seite=2\" rel=\"next\">Nächste Seite</a>", first);
        Assert.Contains("<a href=\"/admin/eintraege?typ=Service\" rel=\"prev\">Vorherige Seite</a>", second);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Seite 2</span>", second);
        // The bulk form posts back to the page shown.
        Assert.Contains("action=\"/admin/eintraege?handler=Bulk&amp;typ=Service&amp;seite=2\"", second);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("-1", 1)]
    [InlineData("abc", 1)]
    [InlineData("99999999999", 1)]
    [InlineData("999999", 0)]
    public async Task The_entry_list_shows_the_first_or_last_page_for_numbers_out_of_bounds(string typed, int shown)
    {
        var first = await GetOkAsync(site.Editor, "/admin/eintraege");
        var pages = int.Parse(Regex.Match(first, "Seite 1 von (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var html = await GetOkAsync(site.Editor, $"/admin/eintraege?seite={typed}");

        Assert.Contains($"aria-current=\"page\"><span class=\"visually-hidden\">Seite {(shown == 0 ? pages : shown)}</span>", html);
    }

    [Fact]
    public async Task The_suggestions_queue_pages_50_oldest_first()
    {
        var first = await GetOkAsync(site.Editor, "/admin/vorschlaege");
        var second = await GetOkAsync(site.Editor, "/admin/vorschlaege?seite=2");
        var beyond = await GetOkAsync(site.Editor, "/admin/vorschlaege?seite=999999");

        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Hinweis Nummer {i:00}"), Messages(first));
        Assert.Equal(Enumerable.Range(51, 10).Select(i => $"Hinweis Nummer {i:00}"), Messages(second));
        Assert.Equal(Messages(second), Messages(beyond));
        Assert.Contains("<a href=\"/admin/vorschlaege?seite=2\" rel=\"next\">Nächste Seite</a>", first);
    }

    [Fact]
    public async Task The_review_rounds_page_20_newest_first()
    {
        var first = await GetOkAsync(site.Publisher, "/admin/pruefrunden");
        var second = await GetOkAsync(site.Publisher, "/admin/pruefrunden?seite=2");
        var malformed = await GetOkAsync(site.Publisher, "/admin/pruefrunden?seite=abc");

        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(i => $"Runde {i:00}"), RoundTitles(first));
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(i => $"Runde {i:00}"), RoundTitles(second));
        Assert.Equal(RoundTitles(first), RoundTitles(malformed));
        Assert.Contains("<a href=\"/admin/pruefrunden?seite=2\" rel=\"next\">Nächste Seite</a>", first);
    }

    [Theory]
    [InlineData("/admin/uebersetzungen")]
    [InlineData("/admin")]
    public async Task The_dashboards_page_their_work_lists(string url)
    {
        var first = await GetOkAsync(site.Editor, url);
        var beyond = await GetOkAsync(site.Editor, url + "?seite=999999");
        var malformed = await GetOkAsync(site.Editor, url + "?seite=-1");

        Assert.Contains($"<a href=\"{url}?seite=2\" rel=\"next\">Nächste Seite</a>", first);
        Assert.DoesNotContain("rel=\"next\"", beyond);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Seite 1</span>", malformed);
    }

    private static List<string> Rows(string html) => Regex.Matches(html, "<a href=\"/admin/eintraege/([^\"?]+)\"").Select(m => m.Groups[1].Value).Where(k => k != "neu").Distinct().ToList();

    private static List<string> Messages(string html) => Regex.Matches(html, "<p>(Hinweis Nummer \\d+)</p>").Select(m => m.Groups[1].Value).ToList();

    private static List<string> RoundTitles(string html) => Regex.Matches(html, "<a href=\"/admin/pruefrunden/\\d+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
}
