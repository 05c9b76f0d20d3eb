using System.Net;
using System.Text.Json.Nodes;
using Wegweiser.Web.Features.Hsds;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>Paging, filters, search, schedules and the refusal of bad parameters, on the demo site.</summary>
public class HsdsQueryTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Pages_cover_every_service_once_and_stay_within_bounds()
    {
        var first = await HsdsApi.GetAsync(_client, "/api/hsds/services");
        var total = first["total_items"]!.GetValue<int>();
        Assert.Equal(20, first["size"]!.GetValue<int>());

        var ids = new List<string>();
        var pages = (total + 6) / 7;
        for (var page = 1; page <= pages; page++)
        {
            var json = await HsdsApi.GetAsync(_client, $"/api/hsds/services?per_page=7&page={page}");
            Assert.Equal(pages, json["total_pages"]!.GetValue<int>());
            Assert.Equal(page == 1, json["first_page"]!.GetValue<bool>());
            Assert.Equal(page == pages, json["last_page"]!.GetValue<bool>());
            ids.AddRange(json["contents"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        }

        var beyond = await HsdsApi.GetAsync(_client, $"/api/hsds/services?per_page=7&page={pages + 1}");
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
        Assert.True(beyond["empty"]!.GetValue<bool>());
        Assert.Equal(0, beyond["size"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("services?per_page=0", "per_page")]
    [InlineData("services?per_page=101", "per_page")]
    [InlineData("services?page=abc", "page")]
    [InlineData("services?page=-1", "page")]
    [InlineData("services?full=vielleicht", "full")]
    [InlineData("services?minimal=1", "minimal")]
    [InlineData("services?taxonomy_term_id=thema", "taxonomy_term_id")]
    [InlineData("services?taxonomy_term_id=00000000-0000-0000-0000-000000000001", "taxonomy_term_id")]
    [InlineData("services?taxonomy_id=00000000-0000-0000-0000-000000000001", "taxonomy_id")]
    [InlineData("services?organization_id=00000000-0000-0000-0000-000000000001", "organization_id")]
    [InlineData("services?modified_after=gestern", "modified_after")]
    [InlineData("services?format=csv", "format")]
    [InlineData("services?lang=xx", "lang")]
    [InlineData("services?page=1&page=2", "page")]
    [InlineData("organizations?full_service=ja", "full_service")]
    [InlineData("service_at_locations?postcode=123", "postcode")]
    [InlineData("service_at_locations?proximity=50.8,10.9", "proximity")]
    [InlineData("taxonomy_terms?taxonomy_id=kein", "taxonomy_id")]
    [InlineData("taxonomy_terms?top_only=oft", "top_only")]
    public async Task Bad_parameters_get_a_400_problem_in_German(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/hsds/{query}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Ungültige Anfrage", body["title"]!.GetValue<string>());
        Assert.Contains(parameter, body["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_search_text_too_long_is_refused()
    {
        var response = await _client.GetAsync($"/api/hsds/services?search={new string('a', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("services")]
    [InlineData("organizations")]
    [InlineData("service_at_locations")]
    [InlineData("taxonomies")]
    [InlineData("taxonomy_terms")]
    public async Task Unknown_ids_get_a_404_problem(string path)
    {
        foreach (var id in new[] { Guid.NewGuid().ToString(), "kein-uuid" })
        {
            var response = await _client.GetAsync($"/api/hsds/{path}/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task An_organisation_id_is_not_a_service_id()
    {
        var response = await _client.GetAsync($"/api/hsds/services/{HsdsIds.Organization("demo-sprachschule-arnstadt")}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_type_term_filters_courses_and_organization_id_filters_by_provider()
    {
        var courseTerm = HsdsIds.Term(HsdsTaxonomies.Type, "kurse");
        var courses = await HsdsApi.AllAsync(_client, "services", $"&full=true&taxonomy_term_id={courseTerm}");
        var org = HsdsIds.Organization("demo-sprachschule-arnstadt");
        var ofOrg = await HsdsApi.AllAsync(_client, "services", $"&organization_id={org}");
        var future = await HsdsApi.GetAsync(_client, "/api/hsds/services?modified_after=2999-01-01T00:00:00Z");
        var past = await HsdsApi.GetAsync(_client, "/api/hsds/services?modified_after=2000-01-01");
        var all = await HsdsApi.GetAsync(_client, "/api/hsds/services");

        Assert.NotEmpty(courses);
        Assert.All(courses, c => Assert.Contains(c!["attributes"]!.AsArray(), a => a!["taxonomy_term_id"]!.GetValue<string>() == courseTerm));
        Assert.Contains(courses, c => c!["id"]!.GetValue<string>() == HsdsIds.Service("demo-integrationskurs-a1-arnstadt"));
        Assert.DoesNotContain(courses, c => c!["id"]!.GetValue<string>() == HsdsIds.Service("demo-migrationsberatung-arnstadt"));
        Assert.NotEmpty(ofOrg);
        Assert.All(ofOrg, s => Assert.Equal(org, s!["organization_id"]!.GetValue<string>()));
        Assert.True(future["empty"]!.GetValue<bool>());
        Assert.Equal(all["total_items"]!.GetValue<int>(), past["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task Postcode_keeps_the_places_with_that_postcode()
    {
        var places = await HsdsApi.AllAsync(_client, "service_at_locations", "&postcode=99310");
        var none = await HsdsApi.GetAsync(_client, "/api/hsds/service_at_locations?postcode=01067");

        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal("99310", p!["location"]!["addresses"]![0]!["postal_code"]!.GetValue<string>()));
        Assert.True(none["empty"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Search_goes_through_the_site_search()
    {
        await Search.SearchApi.WaitForIndexAsync(_client);
        var found = await HsdsApi.AllAsync(_client, "services", "&search=Migrationsberatung");
        var compound = await HsdsApi.AllAsync(_client, "services", "&search=Beratung");
        var organisations = await HsdsApi.AllAsync(_client, "organizations", "&search=Sprachschule");

        Assert.Contains(found.Take(5), s => s!["id"]!.GetValue<string>() == HsdsIds.Service("demo-migrationsberatung-arnstadt"));
        Assert.True(found.Count < (await HsdsApi.AllAsync(_client, "services")).Count);
        Assert.Contains(compound, s => s!["id"]!.GetValue<string>() == HsdsIds.Service("demo-migrationsberatung-arnstadt"));
        Assert.Contains(organisations, o => o!["id"]!.GetValue<string>() == HsdsIds.Organization("demo-sprachschule-arnstadt"));
    }

    [Fact]
    public async Task Opening_hours_become_weekly_and_monthly_schedules_with_exceptions_as_notes()
    {
        var weekly = await HsdsApi.GetAsync(_client, $"/api/hsds/services/{HsdsIds.Service("demo-migrationsberatung-arnstadt")}");
        var monthly = await HsdsApi.GetAsync(_client, $"/api/hsds/services/{HsdsIds.Service("demo-sprechstunde-anerkennung-ilmenau")}");

        var first = weekly["schedules"]!.AsArray()[0]!;
        Assert.Equal("WEEKLY", first["freq"]!.GetValue<string>());
        Assert.Equal("MO,TH", first["byday"]!.GetValue<string>());
        Assert.Equal("09:00", first["opens_at"]!.GetValue<string>());
        Assert.Equal("12:00", first["closes_at"]!.GetValue<string>());
        Assert.Contains("24.12.2026 geschlossen", first["notes"]!.GetValue<string>());
        Assert.Contains(monthly["schedules"]!.AsArray(), s => s!["freq"]!.GetValue<string>() == "MONTHLY"
            && System.Text.RegularExpressions.Regex.IsMatch(s["byday"]!.GetValue<string>(), "^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$"));
    }

    [Fact]
    public async Task Responses_are_cached_per_language_and_open_to_every_origin()
    {
        var url = $"/api/hsds/services/{HsdsIds.Service("anonymer-krankenschein")}";
        var arabic = await SendAsync(url, "ar");
        var german = await SendAsync(url, "de");
        var arabicAgain = await SendAsync(url, "ar");

        Assert.Equal("ar", arabic.Json["x_translations"]!["language"]!.GetValue<string>());
        Assert.Equal("de", german.Json["x_translations"]!["language"]!.GetValue<string>());
        Assert.Equal(arabic.ETag, arabicAgain.ETag);
        Assert.NotEqual(arabic.ETag, german.ETag);
        Assert.Contains("Accept-Language", arabic.Vary);
    }

    private async Task<(JsonNode Json, string? ETag, string Vary)> SendAsync(string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response.Headers.ETag?.Tag, string.Join(",", response.Headers.Vary));
    }
}
