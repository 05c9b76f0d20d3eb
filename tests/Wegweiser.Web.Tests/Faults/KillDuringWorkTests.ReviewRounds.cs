using Microsoft.EntityFrameworkCore;
using MimeKit;
using Wegweiser.Data.ReviewRounds;

namespace Wegweiser.Web.Tests.Faults;

public sealed partial class KillDuringWorkTests
{
    private const int Requests = 40;

    [Fact]
    public async Task A_review_round_killed_while_sending_is_finished_by_the_next_start_with_one_email_per_address()
    {
        // Arrange: a round of 40 requests whose sending had just started (the publisher's click),
        // sent to the SMTP sink; a claim on an email lasts two seconds.
        var folder = await SiteProcess.DemoSiteCopyAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var addresses = Enumerable.Range(1, Requests).Select(i => $"pruefung-{tag}-{i:00}@example.org").ToList();
        var roundId = await StartedRoundAsync(folder, addresses);
        var settings = SiteProcess.WebServer(out _);
        foreach (var (key, value) in SmtpSinkMailbox.SiteSettings())
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        settings["Wegweiser__ReviewRounds__SendLeaseSeconds"] = "2";
        var unsent = $"SELECT COUNT(*) FROM ReviewRequests WHERE RoundId = {roundId} AND SentUtc IS NULL";

        // Act: the start resumes the round and is killed after its fifth email; the next start
        // runs until every request is marked sent.
        var (code, output) = await SiteProcess.RunAsync(folder, [], "sent over SMTP", default, killWhen: null, settings, occurrence: 5);
        var afterKill = SiteProcess.Inspect(folder);
        var unsentAfterKill = SiteProcess.Count(folder, unsent);
        var (_, again) = await SiteProcess.RunAsync(folder, [], null, default, killWhen: () => SiteProcess.Count(folder, unsent) == 0, settings);
        var after = SiteProcess.Inspect(folder);

        // Assert: the kill left a sound database and a round half sent
        Assert.True(code is null, $"The site was not killed while sending (exit {code}):\n{output}");
        Assert.Equal("ok", afterKill.Integrity);
        Assert.True(unsentAfterKill is > 0 and < Requests, $"{unsentAfterKill} requests unsent after the kill:\n{output}");
        // the next start sent the rest: every request marked, no claim left, no address refused
        Assert.Equal("ok", after.Integrity);
        Assert.Contains("sending resumed", again);
        await using var db = SiteProcess.Database(folder);
        var requests = await db.ReviewRequests.AsNoTracking().Where(r => r.RoundId == roundId).ToListAsync();
        Assert.All(requests, r => Assert.True(r.SentUtc is not null && r.SendClaimedUtc is null && !r.Bounced, $"Request {r.Id} is not sent."));
        // every address got its email; the one in flight at the kill may have gone twice, but then
        // with the same Message-ID, so the repeat is recognisably the same message
        var mail = await MailToAsync(addresses);
        var expectedIds = requests.ToDictionary(r => r.Email, r => $"review-{r.Id}@example.org");
        Assert.All(addresses, a => Assert.True(mail[a].Count >= 1, $"No email to {a}."));
        Assert.All(addresses, a => Assert.All(mail[a], m => Assert.Equal(expectedIds[a], m.MessageId)));
        Assert.InRange(mail.Values.Sum(m => m.Count), Requests, Requests + 1);
    }

    /// <summary>A round with one request per address, each about one published entry, sending started.</summary>
    private static async Task<long> StartedRoundAsync(string folder, IReadOnlyList<string> addresses)
    {
        await using var db = SiteProcess.Database(folder);
        var keys = await db.ContentItems.Where(i => i.Versions.Any(v => v.IsPublished)).OrderBy(i => i.Key).Select(i => i.Key).Take(addresses.Count).ToListAsync();
        var now = DateTime.UtcNow;
        var round = new ReviewRound
        {
            Title = "Prüfrunde beim Absturz",
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(42),
            ReminderAfterDays = 14,
            SendingStartedUtc = now,
            Requests = [.. addresses.Select((a, i) => new ReviewRequest { Email = a, Entries = [new ReviewRequestEntry { ItemKey = keys[i % keys.Count] }] })],
        };
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>The sink's messages to each of the addresses (other tests share the sink).</summary>
    private static async Task<Dictionary<string, List<MimeMessage>>> MailToAsync(IReadOnlyList<string> addresses)
    {
        // The sink has written each message before it says so, and only then is a request marked sent.
        var mail = addresses.ToDictionary(a => a, _ => new List<MimeMessage>(), StringComparer.OrdinalIgnoreCase);
        foreach (var file in System.IO.Directory.GetFiles(SmtpSinkMailbox.Folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            foreach (var to in message.To.Mailboxes.Where(b => mail.ContainsKey(b.Address)))
            {
                mail[to.Address].Add(message);
            }
        }

        return mail;
    }
}
