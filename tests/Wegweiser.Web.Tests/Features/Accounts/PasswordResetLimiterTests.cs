using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

public class PasswordResetLimiterTests
{
    [Fact]
    public void One_address_gets_three_emails_an_hour_whatever_its_spelling()
    {
        using var limiter = new PasswordResetLimiter();

        var results = new[] { "erika@example.org", "Erika@Example.org", " erika@example.org ", "ERIKA@EXAMPLE.ORG" }.Select(limiter.TryAcquireForEmail).ToList();

        Assert.Equal([true, true, true, false], results);
        Assert.True(limiter.TryAcquireForEmail("karl@example.org"));
    }
}
