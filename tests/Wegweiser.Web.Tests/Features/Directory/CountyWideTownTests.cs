using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>The town that stands for the whole county is the configured one (<c>Wegweiser:County:WideTown</c>), not a constant.</summary>
public class CountyWideTownTests
{
    [Theory]
    [InlineData("ilm-kreis", "ilm-kreis", true)]
    [InlineData("landkreis-gotha", "landkreis-gotha", true)]
    [InlineData("landkreis-gotha", "ilm-kreis", false)]
    [InlineData("", "ilm-kreis", false)]
    [InlineData("", "ilmenau", true)]
    public void An_entry_for_the_configured_county_wide_town_serves_every_town(string configured, string entryTown, bool shown)
    {
        // Arrange: the town filter asks for Ilmenau
        var terms = new Dictionary<(string Taxonomy, string Key), TaxonomyTerm>
        {
            [(Taxonomy.Town, "ilmenau")] = new() { Taxonomy = Taxonomy.Town, Key = "ilmenau" },
        };
        var filter = DirectoryFilter.Parse(new QueryCollection(new Dictionary<string, StringValues> { [DirectoryFilter.TownParam] = "ilmenau" }), terms);
        var item = ContentItem.Create(ContentType.Service, "beratung", DateTime.UtcNow);
        var version = item.Latest;
        version.Data = new ContentData { Towns = [entryTown] };
        var now = DateTimeOffset.UtcNow;

        // Act
        var matches = filter.Matches(new PublishedEntry(item, version), now, TimeZoneInfo.Utc, DateOnly.FromDateTime(now.UtcDateTime), configured);

        // Assert
        Assert.Equal(shown, matches);
    }
}
