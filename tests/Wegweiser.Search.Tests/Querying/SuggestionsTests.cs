using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

/// <summary>Suggestions as you type come from the beginnings of title words.</summary>
public sealed class SuggestionsTests : IDisposable
{
    private readonly SearchIndexes _indexes = new(new SearchIndexOptions { InMemory = true }, NullLogger<SearchIndexes>.Instance);

    public SuggestionsTests()
    {
        _indexes.Rebuild("de",
        [
            Doc("abend", "Sprachkurs A1 am Abend"),
            Doc("morgen", "Sprachkurs B1 am Morgen"),
            Doc("arzt", "Ärztliche Sprechstunde"),
            Doc("strasse", "Straßenfest Ilmenau"),
        ]);
        _indexes.Rebuild("fa", [Doc("kurs-fa", "کلاس زبان آلمانی")]);
    }

    [Theory]
    [InlineData("sp", new[] { "abend", "morgen", "arzt" })]
    [InlineData("sprachk", new[] { "abend", "morgen" })]
    [InlineData("Sprachkurs ab", new[] { "abend" })]
    [InlineData("am abe", new[] { "abend" })]
    [InlineData("aerztl", new[] { "arzt" })]
    [InlineData("ärzt", new[] { "arzt" })]
    [InlineData("strasse", new[] { "strasse" })]
    [InlineData("straß", new[] { "strasse" })]
    [InlineData("kurs", new string[0])]
    [InlineData("x", new string[0])]
    [InlineData("\"(:*", new string[0])]
    [InlineData("", new string[0])]
    public void Typed_beginnings_suggest_titles(string typed, string[] expected)
    {
        var keys = _indexes.Suggest("de", typed).Select(s => s.Key);

        Assert.Equal(expected.Order(), keys.Order());
    }

    [Fact]
    public void Arabic_keyboard_letters_find_persian_titles()
    {
        // Typed with the Arabic kaf (ك) instead of the Persian keheh (ک).
        var suggestion = Assert.Single(_indexes.Suggest("fa", "كلا"));

        Assert.Equal("کلاس زبان آلمانی", suggestion.Title);
    }

    [Fact]
    public void A_very_long_word_is_cut_to_the_longest_beginning_and_still_matches()
    {
        _indexes.Rebuild("de", [Doc("lang", "Kinderbetreuungseinrichtungsverzeichnis")]);

        Assert.Equal("lang", Assert.Single(_indexes.Suggest("de", "Kinderbetreuungseinrichtungsverzeichnis")).Key);
    }

    public void Dispose() => _indexes.Dispose();

    private static SearchDocument Doc(string key, string title) =>
        new(key, ContentType.Service, title, null, null, $"/x/{key}", false, [], []);
}
