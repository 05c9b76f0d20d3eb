using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Tests.Content.Rules;

public class TextRulesTests
{
    [Theory]
    [InlineData(null, ProblemKeys.Required)]
    [InlineData("   ", ProblemKeys.Required)]
    [InlineData("Migrationsberatung", null)]
    public void A_title_is_required(string? title, string? key)
    {
        Assert.Equal(key, TextRules.Title(title)?.Key);
    }

    [Theory]
    [InlineData("title", 200)]
    [InlineData("summary", 600)]
    [InlineData("body", 20_000)]
    [InlineData("cost", 1_200)]
    [InlineData("place", 1_200)]
    public void Each_text_may_be_as_long_as_the_public_page_is_made_for_and_no_longer(string field, int max)
    {
        Assert.Null(TextRules.Text(field, new string('x', max)));
        Assert.Null(TextRules.Text(field, "  " + new string('x', max) + "\n"));
        Assert.Equal(FieldProblem.TooLong(max), TextRules.Text(field, new string('x', max + 1)));
    }

    [Fact]
    public void A_title_is_checked_for_its_length_too()
    {
        Assert.Equal(200, TextRules.Title(new string('[', 100_000))?.Max);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("migrationsberatung-arnstadt", null)]
    [InlineData(" migrationsberatung ", null)]
    [InlineData("Migrationsberatung", ProblemKeys.Slug)]
    [InlineData("a--b", ProblemKeys.Slug)]
    public void A_slug_when_given_is_lowercase_letters_digits_and_single_dashes(string? slug, string? key)
    {
        Assert.Equal(key, TextRules.Slug(slug)?.Key);
    }

    [Fact]
    public void A_providers_note_has_its_own_limit()
    {
        Assert.Null(TextRules.Note(new string('x', FieldLimits.Note)));
        Assert.Equal(FieldLimits.Note, TextRules.Note(new string('x', FieldLimits.Note + 1))?.Max);
    }
}
