using System.Net;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>
/// Every public output shows an entry's contacts and addresses only as the one public-contact
/// projection allows: a volunteer initiative's street address and internal contact never reach an
/// anonymous visitor, while signed-in volunteers still see the internal contact on the detail page.
/// </summary>
public class PublicContactTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private const string Detail = "/de/ehrenamt/sprachpatenschaften-arnstadt";

    // From the demo recipe (volunteers.json): the meeting place and the internal contact person.
    private static readonly string[] Hidden = ["Musterstraße 5", "Erika Beispiel", "+49 000 0000031", "4900000000031", "erika.beispiel@ehrenamtsnetz.example.org"];

    public static TheoryData<string> Outputs =>
    [
        Detail,
        $"{Detail}/karte",
        $"{Detail}/kontakt.vcf",
        $"{Detail}/qr.svg",
        "/de/neu.atom",
        "/sitemap-de.xml",
        "/api/suche?q=Sprachpatenschaften",
        "/en/ehrenamt/sprachpatenschaften-arnstadt",
    ];

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task An_anonymous_visitor_never_gets_the_street_address_or_internal_contact_of_a_volunteer_initiative(string url)
    {
        var client = EditorSite.Client(site.Factory);

        var response = await client.GetAsync(url);
        var text = WebUtility.HtmlDecode((await response.Content.ReadAsStringAsync()).Replace("\\", "").Replace("\r\n ", ""));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.MovedPermanently, $"{url}: {(int)response.StatusCode}");
        foreach (var hidden in Hidden)
        {
            Assert.False(text.Contains(hidden, StringComparison.OrdinalIgnoreCase), $"{url} shows '{hidden}'");
        }
    }

    [Fact]
    public async Task The_structured_data_of_a_volunteer_initiative_has_no_address()
    {
        var page = WebUtility.HtmlDecode(await EditorSite.Client(site.Factory).GetStringAsync(Detail));

        Assert.Contains("application/ld+json", page);
        Assert.DoesNotContain("PostalAddress", page);
        Assert.DoesNotContain("Musterstraße", page);
    }

    [Fact]
    public async Task A_signed_in_volunteer_still_sees_the_internal_contact_on_the_detail_page_but_not_on_the_card()
    {
        var volunteer = await EditorSite.SignedInAsync(site.Factory, "freiwillige", Roles.Volunteer);

        var page = WebUtility.HtmlDecode(await volunteer.GetStringAsync(Detail));
        var card = WebUtility.HtmlDecode(await volunteer.GetStringAsync($"{Detail}/karte"));

        Assert.Contains("Erika Beispiel", page);
        Assert.Contains("erika.beispiel@ehrenamtsnetz.example.org", page);
        Assert.DoesNotContain("Erika Beispiel", card);
        Assert.DoesNotContain("Musterstraße 5", card);
    }
}
