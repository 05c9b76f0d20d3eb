using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.ReviewRounds;

namespace Wegweiser.Web.Tests.Features.ReviewRounds;

/// <summary>
/// A review round end to end against the real SMTP sink that tests/run.sh starts: the publisher
/// starts and sends a round, providers get one email each with a personal link, answer per entry
/// once, one reminder goes out, bounced addresses and expired or tampered links are handled.
/// </summary>
public partial class ReviewRoundTests
{
    [Fact]
    public async Task A_round_goes_from_the_publisher_to_the_providers_and_back()
    {
        // Arrange: three due services; two share a provider address, one address bounces.
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, SmtpSinkMailbox.SiteSettings());
        factory.CreateClient();
        var provider = $"anbieter-{Guid.NewGuid():N}@example.org";
        var unknown = $"unbekannt-{Guid.NewGuid():N}@example.org";
        var (first, second, third) = await PrepareDueServicesAsync(factory, provider, unknown);
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        // The provider has an account with Arabic as their language: the email gets an Arabic part.
        await TestAccounts.CreateAsync(factory, provider.Split('@')[0], Roles.Provider, "ar");
        var staff = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(staff, "beauftragte");

        // Act 1: create and send the round, then click "send" once more.
        var created = await PostAsync(staff, "/admin/pruefrunden", "/admin/pruefrunden",
            ("Input.Title", "Prüfrunde Test"), ("Input.Types", "Service"), ("Input.DueBy", DateTime.UtcNow.ToString("yyyy-MM-dd")),
            ("Input.ValidWeeks", "6"), ("Input.ReminderAfterDays", "14"));
        var roundUrl = created.Headers.Location!.OriginalString;
        await PostAsync(staff, roundUrl + "?handler=Send", roundUrl);
        await WaitForSendingAsync(staff, roundUrl);
        await PostAsync(staff, roundUrl + "?handler=Send", roundUrl);
        await WaitForSendingAsync(staff, roundUrl);
        var mail = Assert.Single(await SmtpSinkMailbox.WaitForAsync(provider));
        var link = new Uri(Regex.Match(mail.TextBody, @"https?://\S+/rueckmeldung/\S+").Value).PathAndQuery;

        // Act 2: the provider answers without an account.
        var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await visitor.GetStringAsync(link);
        var formToken = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        await PostAsync(visitor, link + "?handler=Confirm", link, ("key", first));
        var twice = await PostAsync(visitor, link + "?handler=Confirm", link, ("key", first));
        var afterTwice = await visitor.GetStringAsync(link);
        var invalid = await PostAsync(visitor, link + "?handler=Change", link, ("key", second), ("Input.Title", "Neuer Name"), ("Input.Email", "kein-at-zeichen"));
        var invalidHtml = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        var versionsAfterInvalid = await VersionCountAsync(factory, second);
        await PostAsync(visitor, link + "?handler=Change", link, ("key", second), ("Input.Title", "Neuer Name des Angebots"), ("Input.Phone", "03628 123456"), ("Input.Email", "neu@example.org"), ("Input.Note", "Neue Telefonnummer"));
        // With both own entries answered the page has no form left; the token of the first visit still counts.
        var notMine = await visitor.PostAsync(link + "?handler=Confirm", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["key"] = third, ["__RequestVerificationToken"] = formToken }));
        var notMinePage = WebUtility.HtmlDecode(await visitor.GetStringAsync(notMine.Headers.Location!.OriginalString));
        var tampered = await visitor.GetAsync(link[..^3] + (link[^3..] == "abc" ? "xyz" : "abc"));
        var roundPage = WebUtility.HtmlDecode(await staff.GetStringAsync(roundUrl));

        // Assert: one email per address, never twice; the bounce is recorded
        Assert.Equal("Bitte prüfen Sie Ihre Einträge im Wegweiser / يرجى مراجعة بياناتكم في دليل Wegweiser", mail.Subject);
        Assert.Contains("stehen 2 Einträge von Ihnen", mail.TextBody);
        var arabic = mail.TextBody[mail.TextBody.IndexOf("العربية", StringComparison.Ordinal)..];
        Assert.True(mail.TextBody.IndexOf("Guten Tag", StringComparison.Ordinal) < mail.TextBody.IndexOf("العربية", StringComparison.Ordinal), "German comes first");
        Assert.Contains("افتحوا هذا الرابط", arabic);
        Assert.Contains(link, arabic);
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, unknown));
        var request = await factory.QueryAsync(db => db.ReviewRequests.Include(r => r.Entries).SingleAsync(r => r.Email == unknown));
        Assert.True(request.Bounced);
        // the provider sees exactly their entries and answers once per entry
        Assert.Contains(await TitleAsync(factory, first), WebUtility.HtmlDecode(form));
        Assert.Contains(await TitleAsync(factory, second), WebUtility.HtmlDecode(form));
        Assert.DoesNotContain(await TitleAsync(factory, third), WebUtility.HtmlDecode(form));
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Contains("Zu diesem Eintrag haben Sie schon geantwortet.", WebUtility.HtmlDecode(afterTwice));
        Assert.Equal(factory.Today, (await ItemAsync(factory, first)).Published!.LastReviewedOn);
        // bad input: a German message at the field, nothing changed
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Bitte geben Sie eine gültige E-Mail-Adresse ein", invalidHtml);
        Assert.Contains("value=\"Neuer Name\"", invalidHtml);
        Assert.Equal(1, versionsAfterInvalid);
        // changes arrive as a draft for approval; the public still sees the published text
        var changed = await ItemAsync(factory, second);
        Assert.Equal(WorkflowState.InReview, changed.Latest.State);
        Assert.Equal("Neuer Name des Angebots", changed.Latest.Translation("de")!.Title);
        Assert.Equal("03628 123456", changed.Latest.Data.Contact!.Phone);
        Assert.NotEqual("Neuer Name des Angebots", changed.Published!.Translation("de")!.Title);
        Assert.Contains(await factory.QueryAsync(db => db.AuditEntries.Where(a => a.ItemId == changed.Id).Select(a => a.Action).ToListAsync()), a => a == "review.provider-changed");
        // another provider's entry and a tampered link do nothing
        Assert.Equal(HttpStatusCode.Redirect, notMine.StatusCode);
        Assert.Contains("Dieser Eintrag gehört nicht zu Ihrem Link", notMinePage);
        Assert.Equal(1, await VersionCountAsync(factory, third));
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("Dieser Link ist nicht gültig", WebUtility.HtmlDecode(await tampered.Content.ReadAsStringAsync()));
        // progress: confirmed, changed, no answer, bounced
        Assert.Contains("<tbody><tr><td>1</td><td>1</td><td>0</td><td>1</td></tr></tbody>", roundPage);
    }

    [Fact]
    public async Task One_reminder_goes_to_providers_without_an_answer_and_links_expire()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, DateTimeOffset.UtcNow, SmtpSinkMailbox.SiteSettings());
        factory.CreateClient();
        var provider = $"anbieter-{Guid.NewGuid():N}@example.org";
        await PrepareDueServicesAsync(factory, provider, $"anbieter-{Guid.NewGuid():N}@example.org");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var staff = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(staff, "beauftragte");
        var created = await PostAsync(staff, "/admin/pruefrunden", "/admin/pruefrunden",
            ("Input.Title", "Prüfrunde Erinnerung"), ("Input.Types", "Service"), ("Input.DueBy", factory.Clock!.Now.ToString("yyyy-MM-dd")),
            ("Input.ValidWeeks", "6"), ("Input.ReminderAfterDays", "14"));
        var roundUrl = created.Headers.Location!.OriginalString;
        await PostAsync(staff, roundUrl + "?handler=Send", roundUrl);
        await WaitForSendingAsync(staff, roundUrl);
        var job = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ReviewReminderJob>().Single();

        var tooEarly = await job.RunOnceAsync();
        factory.Clock.Now = factory.Clock.Now.AddDays(15);
        var reminded = await job.RunOnceAsync();
        var again = await job.RunOnceAsync();
        var mails = await SmtpSinkMailbox.WaitForAsync(provider, 2);
        var link = new Uri(Regex.Match(mails.Single(m => !m.Subject.StartsWith("Erinnerung:", StringComparison.Ordinal)).TextBody, @"https?://\S+/rueckmeldung/\S+").Value).PathAndQuery;
        var stillValid = await factory.CreateClient().GetAsync(link);
        var reminder = Assert.Single(mails, m => m.Subject.StartsWith("Erinnerung:", StringComparison.Ordinal));
        var reminderLink = new Uri(Regex.Match(reminder.TextBody, @"https?://\S+/rueckmeldung/\S+").Value).PathAndQuery;
        var reminderValid = await factory.CreateClient().GetAsync(reminderLink);
        factory.Clock.Now = factory.Clock.Now.AddDays(30);
        var expired = await factory.CreateClient().GetAsync(link);

        Assert.Equal(0, tooEarly);
        Assert.Equal(2, reminded);
        Assert.Equal(0, again);
        Assert.Equal(2, mails.Count);
        // The reminder carries a fresh link to the same request; both work until the round ends.
        Assert.Equal(HttpStatusCode.OK, reminderValid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Dieser Link ist abgelaufen", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Translator)]
    [InlineData(Roles.Provider)]
    [InlineData(Roles.Volunteer)]
    public async Task Only_publishers_and_administrators_run_rounds(string role)
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "person", role);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "person");

        var list = await client.GetAsync("/admin/pruefrunden");
        var round = await client.GetAsync("/admin/pruefrunden/1");

        Assert.Equal("/konto/anmelden", list.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal("/konto/anmelden", round.Headers.Location?.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task The_email_language_set_on_the_providers_account_wins_over_its_translation_language()
    {
        // Arrange: the provider's account translates into Arabic but asked for emails in Ukrainian.
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, SmtpSinkMailbox.SiteSettings());
        factory.CreateClient();
        var provider = $"anbieter-{Guid.NewGuid():N}@example.org";
        await PrepareDueServicesAsync(factory, provider, $"andere-{Guid.NewGuid():N}@example.org");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        await TestAccounts.CreateAsync(factory, provider.Split('@')[0], Roles.Provider, "ar");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
            var user = (await users.FindByNameAsync(provider.Split('@')[0]))!;
            await users.AddClaimAsync(user, new System.Security.Claims.Claim(AccountLanguage.ClaimType, "uk"));
        }

        var staff = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(staff, "beauftragte");

        // Act
        var created = await PostAsync(staff, "/admin/pruefrunden", "/admin/pruefrunden",
            ("Input.Title", "Prüfrunde Sprache"), ("Input.Types", "Service"), ("Input.DueBy", DateTime.UtcNow.ToString("yyyy-MM-dd")),
            ("Input.ValidWeeks", "6"), ("Input.ReminderAfterDays", "14"));
        var roundUrl = created.Headers.Location!.OriginalString;
        await PostAsync(staff, roundUrl + "?handler=Send", roundUrl);
        await WaitForSendingAsync(staff, roundUrl);
        var mail = Assert.Single(await SmtpSinkMailbox.WaitForAsync(provider));

        // Assert: German first, then Ukrainian; no Arabic.
        Assert.Equal("uk", await factory.QueryAsync(db => db.ReviewRequests.Where(r => r.Email == provider).Select(r => r.Culture).SingleAsync()));
        Assert.Equal("Bitte prüfen Sie Ihre Einträge im Wegweiser / Будь ласка, перевірте свої записи у Wegweiser", mail.Subject);
        Assert.Contains("Українська", mail.TextBody);
        Assert.True(mail.TextBody.IndexOf("Guten Tag", StringComparison.Ordinal) < mail.TextBody.IndexOf("Українська", StringComparison.Ordinal), "German comes first");
        Assert.DoesNotContain("العربية", mail.TextBody);
    }

    /// <summary>Makes every entry current except three services, which become due with the given addresses.</summary>
    private static Task<(string First, string Second, string Third)> PrepareDueServicesAsync(WegweiserFactory factory, string provider, string other) =>
        factory.QueryAsync(async db =>
        {
            var today = factory.Today;
            var items = await db.ContentItems.Include(i => i.Versions).Where(i => i.Versions.Any(v => v.IsPublished)).ToListAsync();
            foreach (var item in items)
            {
                item.Published!.LastReviewedOn = today;
            }

            var services = items.Where(i => i.Type == ContentType.Service).OrderBy(i => i.Key, StringComparer.Ordinal).Take(3).ToList();
            for (var i = 0; i < 3; i++)
            {
                var version = services[i].Published!;
                var data = version.Data.Clone();
                data.Organisation = null;
                data.Contact = new ContactData { Email = i < 2 ? provider : other, Phone = "03628 000000" };
                version.Data = data;
                version.LastReviewedOn = today.AddYears(-3);
            }

            await db.SaveChangesAsync();
            return (services[0].Key, services[1].Key, services[2].Key);
        });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formPage, params (string Key, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", await TestAccounts.TokenAsync(client, formPage)));
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    private static async Task WaitForSendingAsync(HttpClient staff, string roundUrl)
    {
        for (var i = 0; i < 200; i++)
        {
            var status = await staff.GetFromJsonAsync<JsonElement>(roundUrl + "?handler=Status");
            if (!status.GetProperty("running").GetBoolean())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Sending did not finish.");
    }

    private static Task<ContentItem> ItemAsync(WegweiserFactory factory, string key) =>
        factory.QueryAsync(db => db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key));

    private static async Task<string> TitleAsync(WegweiserFactory factory, string key) =>
        (await ItemAsync(factory, key)).Published!.Translation("de")!.Title;

    private static async Task<int> VersionCountAsync(WegweiserFactory factory, string key) =>
        (await ItemAsync(factory, key)).Versions.Count;
}
