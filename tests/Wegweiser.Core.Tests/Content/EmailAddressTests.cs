using Wegweiser.Core.Content;

namespace Wegweiser.Core.Tests.Content;

public class EmailAddressTests
{
    [Theory]
    [InlineData("info@awo-ilmkreis.de", true)]
    [InlineData("  beratung.arnstadt@landratsamt.example.org ", true)]
    [InlineData("a+b@xn--mller-kva.de", true)]
    [InlineData("kontakt@müller.de", true)]
    [InlineData("a@b.de?bcc=x@evil.example", false)]
    [InlineData("a@b.de?bcc=x%40evil.example", false)]
    [InlineData("a@b.de&cc=x", false)]
    [InlineData("a@b.de\r\nBcc: x@evil.example", false)]
    [InlineData("a@b.de\nBcc: x@evil.example", false)]
    [InlineData("a b@c.de", false)]
    [InlineData("a@b", false)]
    [InlineData("a@b.", false)]
    [InlineData("a@.de", false)]
    [InlineData("@b.de", false)]
    [InlineData(".a@b.de", false)]
    [InlineData("a@b..de", false)]
    [InlineData("\"a\"@b.de", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_plain_addresses_are_valid(string? value, bool valid)
    {
        Assert.Equal(valid, EmailAddress.IsValid(value));
    }

    [Fact]
    public void A_100000_character_address_is_refused_by_its_length()
    {
        var adversarial = "a@" + string.Concat(Enumerable.Repeat("a.", 50_000)) + "@";

        Assert.False(EmailAddress.IsValid(adversarial));
        Assert.False(EmailAddress.IsValid(new string('a', 100_000) + "@b.de"));
    }

    [Theory]
    [InlineData("info@awo-ilmkreis.de", "mailto:info@awo-ilmkreis.de")]
    [InlineData("a+b@b.de", "mailto:a%2Bb@b.de")]
    [InlineData("a@b.de?bcc=x@evil.example", null)]
    [InlineData("a@b.de\r\nBcc: x@evil.example", null)]
    public void A_mailto_link_names_one_address_and_nothing_more(string value, string? link)
    {
        Assert.Equal(link, EmailAddress.Mailto(value));
    }
}
