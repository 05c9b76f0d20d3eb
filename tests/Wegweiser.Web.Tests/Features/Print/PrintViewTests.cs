using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Print;

namespace Wegweiser.Web.Tests.Features.Print;

/// <summary>A print view longer than <see cref="PrintEntries.Cap"/> prints the first entries and says how many it left out.</summary>
public class PrintViewTests
{
    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(500, 500, false)]
    [InlineData(500, 612, true)]
    public void A_view_is_capped_when_it_shows_fewer_entries_than_match(int shown, int total, bool capped)
    {
        var entry = new PrintEntry("Titel", "/de/angebote/titel", false, false, [], null, null, null, false, null, []);
        var group = new PrintGroup(DirectorySection.All[0], Enumerable.Repeat(entry, shown).ToList(), total);

        var view = new PrintView("Angebote", [group], GroupHeadings: false, [], SomeFiltersIgnored: false, "/de/angebote");

        Assert.Equal(capped, view.IsCapped);
        Assert.Equal(total, view.Total);
        Assert.Equal(shown, view.Shown);
    }
}
