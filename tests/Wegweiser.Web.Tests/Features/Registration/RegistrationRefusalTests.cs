using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Registrations;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Registration;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Registration;

/// <summary>
/// What the registration refuses: expired, reused and unknown links, a filled honeypot, too many
/// sendings from one address, and invalid fields (named at the field in the visitor's language,
/// nothing lost, nothing stored); and the publisher's other decisions, send back and reject.
/// </summary>
public class RegistrationRefusalTests
{
    private static WegweiserFactory Site(DateTimeOffset? now = null, Dictionary<string, string>? more = null)
    {
        var settings = SmtpSinkMailbox.SiteSettings();
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new WegweiserFactory("demo", "sqlite", null, now, settings);
    }

    private static async Task<(string Link, string Contact, string Title)> SendAsync(WegweiserFactory factory, HttpClient client)
    {
        var title = $"Chor Plaue {Guid.NewGuid().ToString("N")[..6]}";
        var fields = await RegistrationForm.ValidAsync(factory, title);
        var sent = await RegistrationForm.PostAsync(client, fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return (await RegistrationForm.ConfirmLinkAsync(fields["Input.ContactEmail"]), fields["Input.ContactEmail"], title);
    }

    [Fact]
    public async Task An_expired_link_confirms_nothing()
    {
        await using var factory = Site(FixedClock.Berlin(2026, 12, 7, 10));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var (link, _, _) = await SendAsync(factory, client);

        factory.Clock!.Now = factory.Clock.Now.AddHours(49);
        var page = await client.GetAsync(link);
        var post = await RegistrationForm.ConfirmAsync(client, link);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Dieser Link ist abgelaufen", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(RegistrationState.Unconfirmed, (await factory.QueryAsync(db => db.Registrations.SingleAsync())).State);
    }

    [Fact]
    public async Task A_link_works_once_and_an_unknown_one_not_at_all()
    {
        await using var factory = Site();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var (link, _, title) = await SendAsync(factory, client);

        var first = await RegistrationForm.ConfirmAsync(client, link);
        var again = await client.GetAsync(link);
        var second = await RegistrationForm.ConfirmAsync(client, link);
        var unknown = await client.GetAsync("/de/eintragen/bestaetigen/" + new string('A', RegistrationTokens.Length));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("schon benutzt", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.ContentTranslations.CountAsync(t => t.Title == title)));
    }

    [Fact]
    public async Task A_bot_filling_the_hidden_field_is_thanked_but_nothing_is_stored_or_sent()
    {
        await using var factory = Site();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var fields = await RegistrationForm.ValidAsync(factory, "Spam Verein");
        fields["Input.Homepage"] = "http://spam.example";

        var preview = await RegistrationForm.PostAsync(client, fields, "Preview");
        var sent = await RegistrationForm.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Registrations.CountAsync()));
        await Task.Delay(500);
        Assert.Empty(SmtpSinkMailbox.Read(SmtpSinkMailbox.Folder, fields["Input.ContactEmail"]));
    }

    [Fact]
    public async Task Sending_is_rate_limited_per_address_but_the_preview_is_not()
    {
        await using var factory = Site(null, new() { ["Wegweiser:RateLimits:Enabled"] = "true", ["Wegweiser:RateLimits:Forms:PermitLimit"] = "2" });
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var fields = await RegistrationForm.ValidAsync(factory, "Verein Limit");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await RegistrationForm.PostAsync(client, fields, "Preview")).StatusCode);
        }

        await RegistrationForm.PostAsync(client, fields);
        await RegistrationForm.PostAsync(client, fields);
        var third = await RegistrationForm.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(2, await factory.QueryAsync(db => db.Registrations.CountAsync()));
    }

    [Theory]
    [InlineData("de", "Bitte geben Sie Ihre E-Mail-Adresse ein", "Eine Postleitzahl hat fünf Ziffern.", "Diese Zeilen verstehen wir nicht")]
    [InlineData("ar", "أدخل بريدك الإلكتروني", "الرمز البريدي فيه خمسة أرقام.", "لا نفهم هذه الأسطر")]
    public async Task Invalid_fields_are_named_at_the_field_in_the_visitors_language_and_nothing_is_lost(string culture, string email, string postalCode, string hours)
    {
        await using var factory = Site();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var fields = await RegistrationForm.ValidAsync(factory, "Verein mit Fehlern");
        fields["Input.ContactEmail"] = "keine-adresse";
        fields["Input.PostalCode"] = "993";
        fields["Input.Hours"] = "immer wenn es regnet";
        fields.Remove("Input.Type");

        var preview = await RegistrationForm.PostAsync(client, fields, "Preview", culture);
        var sent = await RegistrationForm.PostAsync(client, fields, null, culture);
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains(email, html);
        Assert.Contains(postalCode, html);
        Assert.Contains(hours, html);
        Assert.Contains("<a href=\"#reg-contactEmail\">", html);
        Assert.Contains("<a href=\"#reg-type\">", html);
        Assert.Contains("aria-describedby=\"err-postalCode\"", html);
        Assert.Contains("value=\"Verein mit Fehlern\"", html);
        Assert.Contains(">immer wenn es regnet</textarea>", html);
        Assert.Equal(0, await factory.QueryAsync(db => db.Registrations.CountAsync()));
    }

    [Fact]
    public async Task A_publisher_sends_back_with_a_comment_and_rejects_with_a_reason_and_the_contact_is_told()
    {
        await using var factory = Site();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var (link, contact, _) = await SendAsync(factory, client);
        await RegistrationForm.ConfirmAsync(client, link);
        var publisher = await EditorSite.SignedInAsync(factory, "freigabe", Roles.Publisher);
        var id = (await factory.QueryAsync(db => db.Registrations.SingleAsync())).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var noComment = await EditorSite.PostAsync(publisher, "/admin/moderation?handler=SendBack", "/admin/moderation", ("id", id), ("kommentar", " "));
        var sentBack = await EditorSite.PostAsync(publisher, "/admin/moderation?handler=SendBack", "/admin/moderation", ("id", id), ("kommentar", "Bitte nennen Sie die Kosten."));
        var itemId = (await factory.QueryAsync(db => db.Registrations.SingleAsync())).ItemId!.Value;
        var stateAfterSendBack = (await EditorSite.ItemAsync(factory, (await factory.QueryAsync(db => db.ContentItems.SingleAsync(i => i.Id == itemId))).Key)).Latest.State;
        var rejected = await EditorSite.PostAsync(publisher, "/admin/moderation?handler=Reject", "/admin/moderation", ("id", id), ("grund", "Das Angebot ist nicht im Ilm-Kreis."));

        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Equal(WorkflowState.Draft, stateAfterSendBack);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.ContentItems.AnyAsync(i => i.Id == itemId)));
        var registration = await factory.QueryAsync(db => db.Registrations.SingleAsync());
        Assert.Equal(RegistrationState.Rejected, registration.State);
        var mails = await SmtpSinkMailbox.WaitForAsync(contact, 3);
        Assert.Contains(mails, m => m.TextBody.Contains("Bitte nennen Sie die Kosten.", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.TextBody.Contains("Das Angebot ist nicht im Ilm-Kreis.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editor_reads_the_queue_but_may_not_decide()
    {
        await using var factory = Site();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var (link, _, _) = await SendAsync(factory, client);
        await RegistrationForm.ConfirmAsync(client, link);
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var id = (await factory.QueryAsync(db => db.Registrations.SingleAsync())).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var queue = await editor.GetStringAsync("/admin/moderation");
        // The editor's page has no decision forms, so the form token comes from a public page.
        var reject = await EditorSite.PostAsync(editor, "/admin/moderation?handler=Reject", "/de/eintragen", ("id", id), ("grund", "Nein."));

        Assert.DoesNotContain("handler=Reject", queue);
        EditorSite.AssertDenied(reject);
        Assert.Equal(RegistrationState.Waiting, (await factory.QueryAsync(db => db.Registrations.SingleAsync())).State);
    }

    [Fact]
    public async Task Finished_and_abandoned_registrations_are_deleted_after_the_configured_days()
    {
        await using var factory = Site(FixedClock.Berlin(2026, 12, 7, 10), new() { ["Wegweiser:Registration:DeleteAfterDays"] = "30" });
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var (abandoned, _, _) = await SendAsync(factory, client);
        var (waiting, _, _) = await SendAsync(factory, client);
        await RegistrationForm.ConfirmAsync(client, waiting);
        var job = factory.Services.GetRequiredService<RegistrationCleanupJob>();

        factory.Clock!.Now = factory.Clock.Now.AddDays(29);
        var early = await job.RunOnceAsync();
        factory.Clock.Now = factory.Clock.Now.AddDays(4);
        var late = await job.RunOnceAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, late);
        var left = await factory.QueryAsync(db => db.Registrations.SingleAsync());
        Assert.Equal(RegistrationState.Waiting, left.State);
        Assert.NotNull(abandoned);
    }

    [Fact]
    public async Task Decided_and_abandoned_claims_are_deleted_after_the_configured_days_and_waiting_ones_are_kept()
    {
        await using var factory = Site(FixedClock.Berlin(2026, 12, 7, 10), new() { ["Wegweiser:Registration:DeleteAfterDays"] = "30" });
        var now = factory.Clock!.Now.UtcDateTime;
        EntryClaim Claim(string name, EntryClaimState state, DateTime? decided, DateTime? expires) => new()
        {
            ItemId = Guid.NewGuid(), Name = name, Email = $"{name}@example.org", Role = "Vorsitz", CreatedUtc = now.AddDays(-60),
            State = state, DecidedUtc = decided, TokenExpiresUtc = expires, TokenHash = expires is null ? null : Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
        };
        await factory.QueryAsync(db =>
        {
            db.EntryClaims.AddRange(
                Claim("abgelehnt", EntryClaimState.Rejected, now.AddDays(-31), null),
                Claim("angenommen", EntryClaimState.Approved, now.AddDays(-31), null),
                Claim("verfallen", EntryClaimState.AwaitingConfirmation, null, now.AddDays(-31)),
                Claim("frisch", EntryClaimState.Approved, now.AddDays(-29), null),
                Claim("offen", EntryClaimState.AwaitingConfirmation, null, now.AddDays(-29)),
                Claim("personal", EntryClaimState.AwaitingStaff, null, null));
            return db.SaveChangesAsync();
        });

        var deleted = await factory.Services.GetRequiredService<RegistrationCleanupJob>().RunOnceAsync();

        Assert.Equal(3, deleted);
        var left = await factory.QueryAsync(db => db.EntryClaims.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync());
        Assert.Equal(["frisch", "offen", "personal"], left);
    }
}
