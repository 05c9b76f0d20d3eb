using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wegweiser.Web.Features.Hsds;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>
/// Clubs, volunteer initiatives and services that name no organisation belong to one stand-in
/// organization with a fixed id, the same in the API, the tabular export and the JSON export.
/// </summary>
public class HsdsUnnamedProviderTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Every_service_has_an_organization_and_those_without_one_share_the_stand_in()
    {
        // Arrange
        var services = await HsdsApi.AllAsync(_client, "services", "&lang=de");
        var unnamed = services.Where(s => s["organization_id"]?.GetValue<string>() == HsdsUnnamedProvider.Id).Select(Id).Order().ToList();

        // Act
        var organisations = await HsdsApi.AllAsync(_client, "organizations", "&lang=de");
        var standIn = await HsdsApi.GetAsync(_client, $"/api/hsds/organizations/{HsdsUnnamedProvider.Id}?full_service=true&lang=en");
        var filtered = await HsdsApi.AllAsync(_client, "services", $"&organization_id={HsdsUnnamedProvider.Id}");
        var searched = await HsdsApi.AllAsync(_client, "organizations", "&search=Anbieter");

        // Assert
        Assert.All(services, s => Assert.True(Guid.TryParseExact(s["organization_id"]?.GetValue<string>(), "D", out _), $"{Id(s)} has no organization_id."));
        Assert.NotEmpty(unnamed);
        Assert.Equal(HsdsUnnamedProvider.Id, Id(organisations[^1]));
        Assert.Equal("Anbieter nicht angegeben", organisations[^1]["name"]!.GetValue<string>());
        Assert.Equal(organisations.Count, organisations.Select(Id).Distinct().Count());
        var ids = organisations.Select(Id).ToHashSet();
        Assert.All(services, s => Assert.Contains(s["organization_id"]!.GetValue<string>(), ids));
        HsdsSchema.AssertValid(standIn, "organization.json");
        Assert.Equal("Provider not named", standIn["name"]!.GetValue<string>());
        Assert.Equal(unnamed, standIn["services"]!.AsArray().Select(s => Id(s!)).Order());
        Assert.All(standIn["services"]!.AsArray(), s => Assert.Equal("Provider not named", s!["organization"]!["name"]!.GetValue<string>()));
        Assert.Equal(unnamed, filtered.Select(Id).Order());
        Assert.DoesNotContain(HsdsUnnamedProvider.Id, searched.Select(Id));
    }

    [Fact]
    public async Task The_export_carries_the_stand_in_with_the_apis_id()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var package = await scope.ServiceProvider.GetRequiredService<HsdsExport>().BuildAsync("de", default);

        var organisations = HsdsPackageCheck.Parse(Encoding.UTF8.GetString(package.Files["organizations.csv"]));
        var services = HsdsPackageCheck.Parse(Encoding.UTF8.GetString(package.Files["services.csv"]));

        var standIn = Assert.Single(organisations, r => r[0] == HsdsUnnamedProvider.Id);
        Assert.Equal("Anbieter nicht angegeben", standIn[1]);
        var column = services[0].IndexOf("organization_id");
        Assert.Contains(services.Skip(1), r => r[column] == HsdsUnnamedProvider.Id);
        Assert.All(services.Skip(1), r => Assert.NotEqual("", r[column]));
        Assert.Contains(HsdsUnnamedProvider.Id, Encoding.UTF8.GetString(package.Files["organizations.json"]));
    }

    [Fact]
    public void The_stand_in_id_is_fixed()
    {
        // Published in every export: changing it would break everyone who stored it.
        Assert.Equal(HsdsIds.Of("organization", "wegweiser:unnamed-provider"), HsdsUnnamedProvider.Guid);
        Assert.Equal(5, HsdsUnnamedProvider.Guid.Version);
    }

    private static string Id(System.Text.Json.Nodes.JsonNode node) => node["id"]!.GetValue<string>();
}
