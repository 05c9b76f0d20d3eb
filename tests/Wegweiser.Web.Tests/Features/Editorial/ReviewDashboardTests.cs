using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>The review cycle at a glance, and "reviewed, still correct" in one click.</summary>
public class ReviewDashboardTests
{
    [Fact]
    public async Task Only_staff_see_the_dashboard()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var anonymous = Client(factory);
        var volunteer = Client(factory);
        await TestAccounts.SignInAsync(volunteer, "erika");

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await volunteer.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_counts_the_review_status_per_topic_as_well()
    {
        await using var factory = new WegweiserFactory("demo", now: FixedClock.Berlin(2026, 11, 25, 10));
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = Client(factory);
        await TestAccounts.SignInAsync(client, "redaktion");
        var overdueInHealth = await factory.QueryAsync(async db =>
        {
            var items = await db.ContentItems.Include(i => i.Versions).Where(i => i.Versions.Any(v => v.IsPublished)).ToListAsync();
            var policy = new Wegweiser.Core.Review.ReviewPolicy();
            return items.Count(i => i.Published!.Data.Topics.Contains("gesundheit-soziales")
                && policy.StatusOf(i.Type, i.Published.LastReviewedOn, DateOnly.FromDateTime(i.CreatedUtc), new DateOnly(2026, 11, 25)) == Wegweiser.Core.Review.ReviewStatus.Overdue);
        });

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin"));

        Assert.Contains("<title id=\"review-topic-chart-title\">Prüfstand der Einträge nach Thema</title>", html);
        var row = System.Text.RegularExpressions.Regex.Match(html, "<tr><th scope=\"row\">Gesundheit und Soziales</th><td>(\\d+)</td>");
        Assert.True(row.Success, "no row for the topic Gesundheit und Soziales");
        Assert.Equal(overdueInHealth, int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Overdue_clubs_and_entries_without_contact_data_are_listed_and_one_click_records_a_review()
    {
        await using var factory = new WegweiserFactory("demo", now: FixedClock.Berlin(2026, 11, 25, 10));
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = Client(factory);
        await TestAccounts.SignInAsync(client, "redaktion");

        var html = await client.GetStringAsync("/admin");
        var token = await TestAccounts.TokenAsync(client, "/admin");
        var confirm = await client.PostAsync("/admin?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["key"] = "demo-gartenverein-geratal",
        }));
        var after = await client.GetStringAsync("/admin?geprueft=demo-gartenverein-geratal");

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"review-chart-title\"", html);
        Assert.Contains("Beispiel", html); // demo clubs reviewed in early 2025 are overdue
        Assert.Contains("ohne Kontaktdaten", html); // the county's services have none yet
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Contains("ist geprüft", after);
        var (reviewed, audits) = await factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == "demo-gartenverein-geratal");
            var count = await db.AuditEntries.CountAsync(a => a.ItemId == item.Id && a.Action == "review.confirmed");
            return (item.Published!.LastReviewedOn, count);
        });
        Assert.Equal(new DateOnly(2026, 11, 25), reviewed);
        Assert.Equal(1, audits);
    }

    private static HttpClient Client(WegweiserFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
