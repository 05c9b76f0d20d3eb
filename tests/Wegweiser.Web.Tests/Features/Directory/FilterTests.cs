using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Review;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>Each filter and some combinations: the list shows exactly the published entries that match.</summary>
public partial class FilterTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private static readonly Dictionary<string, Func<ContentData, DateOnly, bool>> Predicates = new()
    {
        ["niveau=A1"] = (d, today) => d.Course?.Level == "A1",
        ["tageszeit=abends"] = (d, today) => d.Course?.TimeOfDay == TimeOfDay.Evening,
        ["kinderbetreuung=ja"] = (d, today) => d.Course?.Childcare == true,
        ["kursart=Integrationskurs"] = (d, today) => d.Course?.CourseType == "Integrationskurs",
        ["beginn=12"] = (d, today) => d.Course?.Starts is { } s && s >= today && s <= today.AddDays(84),
        ["kostenlos=ja"] = (d, today) => d.FreeOfCharge == true,
        ["barrierefrei=ja"] = (d, today) => d.WheelchairAccessible == true,
        ["ort=ilmenau"] = (d, today) => d.Towns.Contains("ilmenau") || d.Towns.Contains("ilm-kreis") || d.Addresses.Any(a => a.Town == "ilmenau"),
        ["sprache=ar"] = (d, today) => d.Languages.Contains("ar"),
        ["thema=sprache-bildung"] = (d, today) => d.Topics.Contains("sprache-bildung"),
        ["zielgruppe=frauen"] = (d, today) => d.TargetGroups.Contains("frauen"),
    };

    [Theory]
    [InlineData("kurse", "niveau=A1")]
    [InlineData("kurse", "tageszeit=abends")]
    [InlineData("kurse", "kinderbetreuung=ja")]
    [InlineData("kurse", "kursart=Integrationskurs")]
    [InlineData("kurse", "beginn=12")]
    [InlineData("kurse", "kostenlos=ja")]
    [InlineData("kurse", "barrierefrei=ja")]
    [InlineData("kurse", "ort=ilmenau")]
    [InlineData("kurse", "sprache=ar")]
    [InlineData("kurse", "thema=sprache-bildung")]
    [InlineData("kurse", "zielgruppe=frauen")]
    [InlineData("kurse", "ort=ilmenau&tageszeit=abends")]
    [InlineData("kurse", "niveau=A1&kinderbetreuung=ja&kostenlos=ja")]
    [InlineData("angebote", "ort=ilmenau&sprache=ar")]
    [InlineData("angebote", "kostenlos=ja")]
    [InlineData("vereine", "ort=ilmenau&barrierefrei=ja")]
    [InlineData("veranstaltungen", "thema=sprache-bildung")]
    public async Task A_filtered_list_shows_exactly_the_matching_entries(string segment, string query)
    {
        var type = Sections.ByName[segment];
        var predicates = query.Split('&').Select(p => Predicates[p]).ToList();
        var all = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == type)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());
        var today = site.Factory.Today;
        var expected = all.Where(i => i.Published is { } p && !ReviewPolicy.HasEnded(p.EndsOn, today) && predicates.All(m => m(p.Data, today)))
            .Select(i => i.Published!.Translation("de")!.Slug).Order().ToList();

        var html = await site.Factory.CreateClient().GetStringAsync($"/de/{segment}?{query}");

        var shown = SlugLinks(segment).Matches(html).Select(m => m.Groups[1].Value).Distinct().Order().ToList();
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task Combining_filters_narrows_the_list()
    {
        var client = site.Factory.CreateClient();

        var town = Count(await client.GetStringAsync("/de/kurse?ort=ilmenau"));
        var both = Count(await client.GetStringAsync("/de/kurse?ort=ilmenau&tageszeit=abends"));

        Assert.True(town > both, $"{town} vs {both}");
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_to_widen_the_search()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/de/kurse?niveau=C2&kinderbetreuung=ja&tageszeit=abends");

        Assert.Contains("Mit diesen Filtern haben wir nichts gefunden.", html);
        Assert.Contains("ohne „Kinderbetreuung“", html);
        Assert.Contains("href=\"/de/kurse?niveau=C2&amp;tageszeit=abends\"", html);
        Assert.Contains("Alle Filter löschen", html);
    }

    [Theory]
    [InlineData("/de/kurse?niveau=Z9")]
    [InlineData("/de/kurse?ort=%3Cscript%3E")]
    [InlineData("/de/angebote?kostenlos=vielleicht")]
    [InlineData("/de/kurse?beginn=-3")]
    [InlineData("/de/kurse?beginn=99999999999999")]
    public async Task Invalid_filter_values_are_dropped_with_a_notice(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ein Filter in der Adresse war nicht gültig.", html);
        Assert.DoesNotContain("<script>", html);
        Assert.True(Count(html) > 0);
    }

    [Fact]
    public async Task The_filter_form_is_a_plain_get_form_with_labels()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/de/kurse?niveau=A1");

        Assert.Contains("<form method=\"get\" action=\"/de/kurse\"", html);
        Assert.Contains("<label for=\"f-niveau\">Niveau</label>", html);
        Assert.Matches("<option value=\"A1\" selected=\"selected\">A1</option>", html);
    }

    [Theory]
    [InlineData("/de/themen/sprache-bildung", "Sprache und Bildung")]
    [InlineData("/de/alltag/deutsch-lernen", "Deutsch lernen")]
    public async Task Topic_and_need_pages_group_entries_by_type(string url, string heading)
    {
        var html = await site.Factory.CreateClient().GetStringAsync(url);

        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Contains("<h2 id=\"g-kurse\">Kurse", html);
        Assert.Contains("<h2 id=\"g-angebote\">", html);
    }

    [Fact]
    public async Task A_topic_page_can_show_one_type_only()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/de/themen/sprache-bildung?typ=kurse");

        Assert.Contains("<h2 id=\"g-kurse\">Kurse", html);
        Assert.DoesNotContain("<h2 id=\"g-angebote\">", html);
        Assert.Contains("aria-current=\"page\">Kurse</a>", html);
    }

    [Fact]
    public async Task An_unknown_topic_page_is_404()
    {
        var response = await site.Factory.CreateClient().GetAsync("/de/themen/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int Count(string html) => html.Split("class=\"card\"").Length - 1;

    private static Regex SlugLinks(string segment) => new($"<h2 class=\"card__title\"><a href=\"/de/{segment}/([a-z0-9-]+)\">");
}
