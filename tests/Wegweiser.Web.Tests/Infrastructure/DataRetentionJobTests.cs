using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>
/// The retention job deletes visitors' contact requests 30 days after they were passed on (90 at
/// most) and suggestions 90 days after an editor's decision (180 at most), and keeps younger ones.
/// </summary>
public class DataRetentionJobTests
{
    private static readonly DateTimeOffset Now = FixedClock.Berlin(2026, 11, 25, 10);

    [Fact]
    public async Task Old_requests_and_suggestions_go_and_recent_ones_stay()
    {
        // Arrange
        await using var factory = new WegweiserFactory("blank", now: Now);
        factory.CreateClient();
        await factory.QueryAsync(async db =>
        {
            db.ContactRequests.AddRange(
                Request("offen-89", arrived: 89),
                Request("offen-91", arrived: 91),
                Request("weitergegeben-vor-29", arrived: 40, passedOn: 29),
                Request("weitergegeben-vor-31", arrived: 40, passedOn: 31));
            db.MistakeReports.AddRange(
                Report("offen-179", arrived: 179),
                Report("offen-181", arrived: 181),
                Report("entschieden-vor-89", arrived: 100, decided: 89),
                Report("entschieden-vor-91", arrived: 100, decided: 91));
            return await db.SaveChangesAsync();
        });

        // Act
        await Job(factory).RunOnceAsync();

        // Assert
        Assert.Equal(["offen-89", "weitergegeben-vor-29"], await factory.QueryAsync(db => db.ContactRequests.OrderBy(r => r.Name).Select(r => r.Name).ToListAsync()));
        Assert.Equal(["entschieden-vor-89", "offen-179"], await factory.QueryAsync(db => db.MistakeReports.OrderBy(s => s.Message).Select(s => s.Message).ToListAsync()));
    }

    [Fact]
    public async Task The_days_are_configurable()
    {
        await using var factory = new WegweiserFactory("blank", "sqlite", null, Now, new Dictionary<string, string>
        {
            ["Wegweiser:Retention:SuggestionMaxDays"] = "10",
            ["Wegweiser:Retention:ContactRequestDaysAfterPassedOn"] = "2",
        });
        factory.CreateClient();
        await factory.QueryAsync(async db =>
        {
            db.ContactRequests.AddRange(Request("weitergegeben-vor-3", arrived: 5, passedOn: 3), Request("weitergegeben-vor-1", arrived: 5, passedOn: 1));
            db.MistakeReports.AddRange(Report("offen-11", arrived: 11), Report("offen-9", arrived: 9));
            return await db.SaveChangesAsync();
        });

        await Job(factory).RunOnceAsync();

        Assert.Equal(["weitergegeben-vor-1"], await factory.QueryAsync(db => db.ContactRequests.Select(r => r.Name).ToListAsync()));
        Assert.Equal(["offen-9"], await factory.QueryAsync(db => db.MistakeReports.Select(s => s.Message).ToListAsync()));
    }

    private static DataRetentionJob Job(WegweiserFactory factory) =>
        factory.Services.GetServices<IHostedService>().OfType<DataRetentionJob>().Single();

    private static ContactRequest Request(string name, int arrived, int? passedOn = null) => new()
    {
        ItemId = Guid.NewGuid(),
        Name = name,
        Reach = "x",
        Message = "y",
        CreatedUtc = Now.UtcDateTime.AddDays(-arrived),
        HandledUtc = passedOn is { } days ? Now.UtcDateTime.AddDays(-days) : null,
    };

    private static MistakeReport Report(string message, int arrived, int? decided = null) => new()
    {
        ItemId = Guid.NewGuid(),
        Message = message,
        CreatedUtc = Now.UtcDateTime.AddDays(-arrived),
        State = decided is null ? MistakeReportState.Open : MistakeReportState.Rejected,
        DecidedUtc = decided is { } days ? Now.UtcDateTime.AddDays(-days) : null,
    };
}
