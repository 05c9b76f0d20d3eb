using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Tests.Content.Rules;

public class ContactRulesTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    [InlineData("+49 3628 123456", null)]
    [InlineData("03677/12 34-5", null)]
    [InlineData("(03628) 1234", ProblemKeys.Phone)]
    [InlineData("0800 HILFE", ProblemKeys.Phone)]
    [InlineData("12345678901234567890123456789012345678901", ProblemKeys.TooLong)]
    public void A_phone_number_is_digits_and_a_few_signs_of_at_most_40_characters(string? phone, string? key)
    {
        Assert.Equal(key, ContactRules.Phone(phone)?.Key);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("beratung@awo-ilmkreis.example", null)]
    [InlineData("beratung@awo", ProblemKeys.Email)]
    [InlineData("info@amt.example?bcc=x@evil.example", ProblemKeys.Email)]
    public void An_email_address_is_one_plain_address(string? email, string? key)
    {
        Assert.Equal(key, ContactRules.Email(email)?.Key);
    }

    [Fact]
    public void A_very_long_email_address_is_refused_by_its_length_before_its_form()
    {
        Assert.Equal(254, ContactRules.Email(new string('a', 100_000) + "@b.de")?.Max);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("https://www.ilm-kreis.de", null)]
    [InlineData("http://www.ilm-kreis.de/integration", null)]
    [InlineData("www.ilm-kreis.de", ProblemKeys.WebAddress)]
    [InlineData("ftp://www.ilm-kreis.de", ProblemKeys.WebAddress)]
    [InlineData("javascript:alert(1)", ProblemKeys.WebAddress)]
    public void A_web_address_is_complete_with_http_or_https(string? website, string? key)
    {
        Assert.Equal(key, ContactRules.WebAddress(website)?.Key);
    }

    [Fact]
    public void A_web_address_is_at_most_one_line_long()
    {
        Assert.Equal(300, ContactRules.WebAddress("https://example.org/" + new string('a', 300))?.Max);
    }

    [Fact]
    public void A_name_or_street_is_one_line_of_at_most_300_characters()
    {
        Assert.Null(ContactRules.Line(new string('x', 300)));
        Assert.Equal(300, ContactRules.Line(new string('x', 301))?.Max);
    }
}
