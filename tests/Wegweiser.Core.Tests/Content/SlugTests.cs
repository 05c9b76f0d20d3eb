using Wegweiser.Core.Content;

namespace Wegweiser.Core.Tests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("Migrationsberatung für Erwachsene (MBE)", "migrationsberatung-fuer-erwachsene-mbe")]
    [InlineData("Straße  &  Größe", "strasse-groesse")]
    [InlineData("Café Élan", "cafe-elan")]
    public void From_makes_readable_slugs(string title, string expected)
    {
        Assert.Equal(expected, Slug.From(title));
    }

    [Theory]
    [InlineData("mbe-awo", true)]
    [InlineData("a1", true)]
    [InlineData("Mbe", false)]
    [InlineData("mbe--awo", false)]
    [InlineData("-mbe", false)]
    [InlineData("", false)]
    [InlineData("über", false)]
    public void IsValid_accepts_only_lowercase_words_with_single_dashes(string slug, bool expected)
    {
        Assert.Equal(expected, Slug.IsValid(slug));
    }
}
