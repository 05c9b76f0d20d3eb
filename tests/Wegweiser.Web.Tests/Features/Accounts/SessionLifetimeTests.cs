using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>
/// A session slides (8 hours without a request end it) but ends at the latest 12 hours after its
/// sign-in (configurable), however busy it was; the second factor survives the minutely check
/// of the security stamp. The site's clock is moved, as the cookie handler reads it.
/// </summary>
public class SessionLifetimeTests
{
    private static WebApplicationFactoryClientOptions NoRedirects => new() { AllowAutoRedirect = false };

    [Fact]
    public async Task A_busy_session_must_sign_in_again_after_twelve_hours()
    {
        // Arrange: the clock starts at the real time, so the authenticator code fits.
        await using var factory = new WegweiserFactory("blank", now: DateTimeOffset.UtcNow);
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = factory.CreateClient(NoRedirects);
        await TestAccounts.SignInAsync(client, "redaktion");

        // Act: a request every 5 hours keeps the sliding expiry (8 hours) renewed.
        var atStart = await client.GetAsync("/admin");
        factory.Clock!.Now += TimeSpan.FromHours(5);
        var afterFive = await client.GetAsync("/admin");
        factory.Clock.Now += TimeSpan.FromHours(5);
        var afterTen = await client.GetAsync("/admin");
        factory.Clock.Now += TimeSpan.FromHours(2.5);
        var afterTwelveAndAHalf = await client.GetAsync("/admin");

        // Assert
        Assert.Equal(HttpStatusCode.OK, atStart.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterFive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterTen.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterTwelveAndAHalf.StatusCode);
        Assert.StartsWith("/konto/anmelden", afterTwelveAndAHalf.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_limit_is_configurable_and_the_sign_in_is_recorded()
    {
        var start = DateTimeOffset.UtcNow;
        await using var factory = new WegweiserFactory("blank", "sqlite", null, start,
            new Dictionary<string, string> { ["Wegweiser:Accounts:AbsoluteSessionHours"] = "2" });
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = factory.CreateClient(NoRedirects);
        await TestAccounts.SignInAsync(client, "redaktion");

        factory.Clock!.Now += TimeSpan.FromHours(1.5);
        var inside = await client.GetAsync("/admin");
        factory.Clock.Now += TimeSpan.FromHours(1);
        var outside = await client.GetAsync("/admin");
        var recorded = await factory.QueryAsync(db => db.AccountActivities.Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.UserName, a.LastSignInUtc }).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, outside.StatusCode);
        Assert.Equal("redaktion", recorded.UserName);
        Assert.Equal(start.UtcDateTime, recorded.LastSignInUtc!.Value, TimeSpan.FromSeconds(1));
    }
}
