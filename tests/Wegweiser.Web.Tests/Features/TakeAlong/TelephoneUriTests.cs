using Wegweiser.Web.Features.TakeAlong;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

public class TelephoneUriTests
{
    [Theory]
    [InlineData("+49 000 0000003", "tel:+49-000-0000003")]
    [InlineData("+49 3628 738-0", "tel:+49-3628-738-0")]
    [InlineData("03628 7380", "tel:+49-3628-7380")]
    [InlineData("03677/65-0", "tel:+49-3677-65-0")]
    [InlineData("0049 3677 650", "tel:+49-3677-650")]
    [InlineData("+49 (0) 3628 738-0", "tel:+49-3628-738-0")]
    [InlineData("+43 1 234567", "tel:+43-1-234567")]
    public void Numbers_become_global_tel_uris(string phone, string expected)
    {
        Assert.Equal(expected, TelephoneUri.From(phone));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("738-0")]
    [InlineData("0800 HILFE")]
    [InlineData("+49 3628 738-0 Durchwahl 12")]
    [InlineData("+1")]
    public void Numbers_that_cannot_be_dialled_from_anywhere_get_no_uri(string? phone)
    {
        Assert.Null(TelephoneUri.From(phone));
    }
}
