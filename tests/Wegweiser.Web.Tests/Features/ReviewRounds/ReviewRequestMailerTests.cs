using Microsoft.EntityFrameworkCore;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Features.ReviewRounds;

namespace Wegweiser.Web.Tests.Features.ReviewRounds;

/// <summary>
/// The claim, send and mark of one review-round email against the real SMTP sink and a port where
/// no mail server listens, on both databases: a live claim is left alone, an expired one is taken
/// over, a refused address is marked, a failing server leaves the claim to run out.
/// </summary>
public class ReviewRequestMailerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_claim_is_honoured_until_its_lease_runs_out_and_a_refused_address_is_marked(string provider)
    {
        // Arrange: claimed a minute ago (lease 5 minutes), claimed ten minutes ago, an address the server refuses.
        await using var factory = new WegweiserFactory("blank", provider, null, Now, SmtpSinkMailbox.SiteSettings());
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (live, expired, refused) = ($"live-{tag}@example.org", $"abgelaufen-{tag}@example.org", $"unbekannt-{tag}@example.org");
        var ids = await RoundAsync(factory, (live, Now.AddMinutes(-1)), (expired, Now.AddMinutes(-10)), (refused, null));

        // Act
        var results = new List<ReviewEmailResult>();
        foreach (var (id, to) in ids.Zip([live, expired, refused]))
        {
            results.Add(await SendAsync(factory, id, to));
        }

        var again = await SendAsync(factory, ids[1], expired);
        var requests = await RequestsAsync(factory);

        // Assert
        Assert.Equal([ReviewEmailResult.NotClaimed, ReviewEmailResult.Sent, ReviewEmailResult.Refused], results);
        Assert.Equal(ReviewEmailResult.NotClaimed, again);
        Assert.Null(requests[0].SentUtc);
        Assert.Equal(Now.UtcDateTime, requests[1].SentUtc);
        Assert.Null(requests[1].SendClaimedUtc);
        Assert.True(requests[2] is { Bounced: true, SendClaimedUtc: null, SentUtc: not null });
        var mail = Assert.Single(await SmtpSinkMailbox.WaitForAsync(expired));
        Assert.Equal($"review-{ids[1]}@example.org", mail.MessageId);
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, live));
    }

    [Fact]
    public async Task A_mail_server_that_cannot_be_reached_leaves_the_claim_to_run_out_and_marks_nothing_as_bounced()
    {
        // Arrange: a port where nothing listens.
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var settings = SmtpSinkMailbox.SiteSettings();
        settings["Wegweiser:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var factory = new WegweiserFactory("blank", "sqlite", null, Now, settings);
        var ids = await RoundAsync(factory, ("anbieter@example.org", null));

        // Act: the first try fails; a second right away finds the claim; after the lease it is tried again.
        var first = await SendAsync(factory, ids[0], "anbieter@example.org");
        var right = await SendAsync(factory, ids[0], "anbieter@example.org");
        factory.Clock!.Now = Now.AddMinutes(6);
        var later = await SendAsync(factory, ids[0], "anbieter@example.org");
        var request = (await RequestsAsync(factory)).Single();

        // Assert
        Assert.Equal(ReviewEmailResult.Failed, first);
        Assert.Equal(ReviewEmailResult.NotClaimed, right);
        Assert.Equal(ReviewEmailResult.Failed, later);
        Assert.True(request is { Bounced: false, SentUtc: null, SendAttempts: 2 });
        Assert.Equal(Now.AddMinutes(6).UtcDateTime, request.SendClaimedUtc);
    }

    /// <summary>A round that is only prepared, so the site's own resume job leaves it to the test.</summary>
    private static Task<List<long>> RoundAsync(WegweiserFactory factory, params (string Email, DateTimeOffset? Claimed)[] requests) =>
        factory.QueryAsync(async db =>
        {
            var round = new ReviewRound
            {
                Title = "Prüfrunde",
                CreatedUtc = Now.UtcDateTime,
                ExpiresUtc = Now.AddDays(42).UtcDateTime,
                ReminderAfterDays = 14,
                Requests = [.. requests.Select(r => new ReviewRequest { Email = r.Email, SendClaimedUtc = r.Claimed?.UtcDateTime, SendAttempts = r.Claimed is null ? 0 : 1 })],
            };
            db.ReviewRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Requests.Select(r => r.Id).ToList();
        });

    private static async Task<ReviewEmailResult> SendAsync(WegweiserFactory factory, long id, string to)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var email = scope.ServiceProvider.GetRequiredService<ReviewRoundEmail>();
        return await scope.ServiceProvider.GetRequiredService<ReviewRequestMailer>()
            .SendAsync(id, ReviewEmailKind.Request, () => email.Request(to, "https://wegweiser.example.org/rueckmeldung/x", 1, Now.DateTime));
    }

    private static Task<List<ReviewRequest>> RequestsAsync(WegweiserFactory factory) =>
        factory.QueryAsync(db => db.ReviewRequests.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
}
