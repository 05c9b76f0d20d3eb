namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>Every HSDS endpoint answers with what the HSDS 3.1 schemas allow, in German and in Arabic, on SQLite and PostgreSQL.</summary>
public class HsdsSchemaTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task Every_endpoint_validates_against_the_HSDS_schemas_on_SQLite(string lang)
    {
        // Arrange
        var client = site.Factory.CreateClient();

        // Act, Assert
        await HsdsApi.AssertWholeApiValidAsync(client, lang);
    }

    [Fact]
    public async Task Every_endpoint_validates_against_the_HSDS_schemas_on_PostgreSQL()
    {
        using var factory = new WegweiserFactory("demo", "postgres");
        await HsdsApi.AssertWholeApiValidAsync(factory.CreateClient(), "de");
    }

    [Fact]
    public void The_schema_check_refuses_what_HSDS_does_not_allow()
    {
        var bad = System.Text.Json.Nodes.JsonNode.Parse("""{"id":"not-a-uuid","name":"x","status":"offen"}""");
        Assert.ThrowsAny<Exception>(() => HsdsSchema.AssertValid(bad, "service.json"));
    }
}
