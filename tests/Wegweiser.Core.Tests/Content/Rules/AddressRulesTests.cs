using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Tests.Content.Rules;

public class AddressRulesTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("99310", null)]
    [InlineData(" 98693 ", null)]
    [InlineData("9931", ProblemKeys.PostalCode)]
    [InlineData("993100", ProblemKeys.PostalCode)]
    [InlineData("99 31", ProblemKeys.PostalCode)]
    [InlineData("٩٩٣١٠", ProblemKeys.PostalCode)]
    public void A_postal_code_is_five_digits(string? postalCode, string? key)
    {
        Assert.Equal(key, AddressRules.PostalCode(postalCode)?.Key);
    }

    [Fact]
    public void A_street_is_one_line()
    {
        Assert.Equal(300, AddressRules.Line(new string('x', 301))?.Max);
    }
}
