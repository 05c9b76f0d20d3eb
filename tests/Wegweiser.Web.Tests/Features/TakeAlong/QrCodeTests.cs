using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using QRCoder;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

public partial class QrCodeTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [GeneratedRegex("M(\\d+) (\\d+)h(\\d+)v1H\\d+z")]
    private static partial Regex Run();

    [Theory]
    [InlineData(ContentType.Service)]
    [InlineData(ContentType.Course)]
    [InlineData(ContentType.Club)]
    [InlineData(ContentType.VolunteerInitiative)]
    [InlineData(ContentType.Event)]
    [InlineData(ContentType.Organisation)]
    public async Task The_QR_code_is_an_SVG_that_encodes_the_absolute_address_of_the_detail_page(ContentType type)
    {
        // Arrange
        var (_, version) = (await TakeAlongSite.CurrentAsync(site.Factory, type)).First();
        var detail = TakeAlongSite.DetailPath(type, version);

        // Act
        var response = await _client.GetAsync($"{detail}/qr.svg");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.True(response.Headers.CacheControl.MaxAge >= TimeSpan.FromDays(1));
        Assert.NotNull(response.Headers.ETag);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Contains(TakeAlongSite.Origin + detail, svg.Root.Element(ns + "title")!.Value);
        Assert.Equal(ExpectedModules(TakeAlongSite.Origin + detail), DrawnModules(svg.Root.Element(ns + "path")!.Attribute("d")!.Value));
    }

    [Fact]
    public async Task A_browser_that_has_the_code_gets_304_Not_Modified()
    {
        var (_, version) = (await TakeAlongSite.CurrentAsync(site.Factory, ContentType.Service)).First();
        var url = $"{TakeAlongSite.DetailPath(ContentType.Service, version)}/qr.svg";
        var first = await _client.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/de/angebote/gibt-es-nicht/qr.svg")]
    [InlineData("/de/angebote/UPPER/qr.svg")]
    [InlineData("/de/unbekannt/migrationsberatung-arnstadt/qr.svg")]
    [InlineData("/xx/angebote/migrationsberatung-arnstadt/qr.svg")]
    [InlineData("/de/kurse/migrationsberatung-arnstadt/qr.svg")]
    public async Task Unknown_entries_have_no_QR_code(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(ContentType.GlossaryTerm)]
    [InlineData(ContentType.Page)]
    public async Task Glossary_terms_and_pages_have_nothing_to_take_along(ContentType type)
    {
        var (_, version) = (await TakeAlongSite.CurrentAsync(site.Factory, type)).First();
        var detail = TakeAlongSite.DetailPath(type, version);

        var qr = await _client.GetAsync($"{detail}/qr.svg");
        var card = await _client.GetAsync($"{detail}/karte");
        var html = await _client.GetStringAsync(detail);

        Assert.Equal(HttpStatusCode.NotFound, qr.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, card.StatusCode);
        Assert.DoesNotContain("class=\"take-along\"", html);
    }

    private static HashSet<(int X, int Y)> ExpectedModules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var dark = new HashSet<(int, int)>();
        for (var y = 0; y < data.ModuleMatrix.Count; y++)
        {
            for (var x = 0; x < data.ModuleMatrix[y].Length; x++)
            {
                if (data.ModuleMatrix[y][x]) dark.Add((x, y));
            }
        }

        return dark;
    }

    private static HashSet<(int X, int Y)> DrawnModules(string path)
    {
        var dark = new HashSet<(int, int)>();
        var matches = Run().Matches(path);
        Assert.Equal(path.Length, matches.Sum(m => m.Length));
        foreach (Match m in matches)
        {
            var (x, y, length) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
            for (var i = 0; i < length; i++) dark.Add((x + i, y));
        }

        return dark;
    }
}
