using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>The public asks for a volunteer initiative's contact through a form; the contact itself stays internal.</summary>
public partial class ContactRequestTests
{
    private const string Key = "demo-sprachpatenschaften-arnstadt";

    [Fact]
    public async Task A_visitor_sends_a_request_and_it_is_stored_for_staff()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var url = await FormUrl(factory);

        var response = await PostAsync(client, url, "Amina K.", "0176 0000000", "Ich möchte gern eine Sprachpatin.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/anfrage?gesendet=1", response.Headers.Location!.OriginalString);
        var thanks = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Danke! Ihre Anfrage ist angekommen.", thanks);
        var stored = await factory.QueryAsync(db => db.ContactRequests.SingleAsync());
        Assert.Equal("Amina K.", stored.Name);
        Assert.Equal("0176 0000000", stored.Reach);
        Assert.Equal(Core.Content.ContentItem.IdFromKey(Key), stored.ItemId);
    }

    [Fact]
    public async Task The_form_is_on_the_detail_page_and_works_without_JavaScript()
    {
        await using var factory = new WegweiserFactory("demo");
        var slug = await factory.GermanSlugAsync(Key);

        var html = await factory.CreateClient().GetStringAsync($"/de/ehrenamt/{slug}");

        Assert.Contains($"<form method=\"post\" action=\"/de/ehrenamt/{slug}/anfrage\"", html);
        Assert.Contains("<label for=\"cr-name\">Ihr Name</label>", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        // Script elements are structured data for search engines, the deferred suggestion script of
        // the search box and the service worker's registration; the form itself needs no script.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value),
            tag => Assert.Matches(@"^<script (type=""application/ld\+json""|src=""(/_content/Wegweiser\.Theme\.Default/suggest|/offline)\.[a-z0-9]+\.js"" defer)>$", tag));
    }

    [Fact]
    public async Task Missing_fields_are_named_in_German_and_the_typed_text_stays()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var url = await FormUrl(factory);

        var response = await PostAsync(client, url, "Amina K.", "", "Bitte rufen Sie an.");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Bitte schreiben Sie, wie wir Sie erreichen können.", html);
        Assert.Contains("value=\"Amina K.\"", html);
        Assert.Contains(">Bitte rufen Sie an.</textarea>", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal(0, await factory.QueryAsync(db => db.ContactRequests.CountAsync()));
    }

    [Fact]
    public async Task Text_that_is_too_long_is_refused()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PostAsync(client, await FormUrl(factory), "A", "B", new string('x', ContactRequestLimits.Message + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dieser Text ist zu lang.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.ContactRequests.CountAsync()));
    }

    [Fact]
    public async Task A_bot_filling_the_hidden_field_is_thanked_but_nothing_is_stored()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PostAsync(client, await FormUrl(factory), "Bot", "bot@example.org", "Buy now", website: "http://spam.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.ContactRequests.CountAsync()));
    }

    [Fact]
    public async Task Requests_are_rate_limited_per_address_with_a_German_page()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:RateLimits:Enabled"] = "true",
            ["Wegweiser:RateLimits:Forms:PermitLimit"] = "2",
        });
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var url = await FormUrl(factory);

        await PostAsync(client, url, "A", "1", "eins");
        await PostAsync(client, url, "B", "2", "zwei");
        var third = await PostAsync(client, url, "C", "3", "drei bitte");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(int.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var html = System.Net.WebUtility.HtmlDecode(await third.Content.ReadAsStringAsync());
        Assert.Contains("Zu viele Anfragen", html);
        Assert.Contains("Ihre Eingabe wurde nicht gesendet", html);
        Assert.Equal(2, await factory.QueryAsync(db => db.ContactRequests.CountAsync()));
    }

    [Fact]
    public async Task Requests_are_deleted_after_the_retention_time_and_never_logged()
    {
        var now = FixedClock.Berlin(2026, 11, 25, 10);
        await using var factory = new WegweiserFactory("demo", now: now);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var url = await FormUrl(factory);
        await PostAsync(client, url, "Name-Unverwechselbar", "Erreichbar-Unverwechselbar", "Nachricht-Unverwechselbar");
        await factory.QueryAsync(async db =>
        {
            db.ContactRequests.Add(new ContactRequest { ItemId = Guid.NewGuid(), Name = "Alt", Reach = "x", Message = "y", CreatedUtc = now.UtcDateTime.AddDays(-91) });
            return await db.SaveChangesAsync();
        });

        var job = factory.Services.GetServices<IHostedService>().OfType<DataRetentionJob>().Single();
        var deleted = await job.RunOnceAsync();

        Assert.Equal(1, deleted);
        Assert.Equal(["Name-Unverwechselbar"], await factory.QueryAsync(db => db.ContactRequests.Select(r => r.Name).ToListAsync()));
        await factory.DisposeAsync();
        var logs = string.Join("\n", System.IO.Directory.GetFiles(Path.Combine(factory.DataFolder, "logs")).Select(ReadShared));
        Assert.DoesNotContain("Unverwechselbar", logs);
    }

    [Fact]
    public async Task Asking_for_an_unknown_or_unpublished_initiative_is_404()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var draftSlug = await factory.GermanSlugAsync("demo-entwurf-lesepatenschaften-plaue");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/de/ehrenamt/gibt-es-nicht/anfrage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/de/ehrenamt/{draftSlug}/anfrage")).StatusCode);
    }

    private static async Task<string> FormUrl(WegweiserFactory factory) =>
        $"/de/ehrenamt/{await factory.GermanSlugAsync(Key)}/anfrage";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string name, string reach, string message, string website = "")
    {
        var form = await client.GetStringAsync(url);
        var token = Token().Match(form).Groups[1].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = name,
            ["Input.Reach"] = reach,
            ["Input.Message"] = message,
            ["Input.Website"] = website,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
