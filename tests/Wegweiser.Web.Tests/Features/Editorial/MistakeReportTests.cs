using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>"Fehler melden" on every detail page, and the editors' queue.</summary>
public class MistakeReportTests
{
    [Fact]
    public async Task A_visitor_reports_a_mistake_and_an_editor_accepts_it_from_the_queue()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var visitor = Client(factory);
        var slug = await factory.GermanSlugAsync("demo-chor-ilmenau");
        var detail = await visitor.GetStringAsync($"/de/vereine/{slug}");
        var url = $"/de/vereine/{slug}/fehler-melden";

        var sent = await visitor.PostAsync(url, Form(await TestAccounts.TokenAsync(visitor, url), ("Message", "Der Chor probt jetzt am Mittwoch.")));
        var editor = Client(factory);
        await TestAccounts.SignInAsync(editor, "redaktion");
        var queue = await editor.GetStringAsync("/admin/vorschlaege");
        var id = await factory.QueryAsync(db => db.MistakeReports.Select(s => s.Id).SingleAsync());
        var accept = await editor.PostAsync("/admin/vorschlaege?handler=Accept", Form(await TestAccounts.TokenAsync(editor, "/admin/vorschlaege"), ("id", id.ToString())));

        Assert.Contains($"href=\"/de/vereine/{slug}/fehler-melden\"", detail);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Der Chor probt jetzt am Mittwoch.", queue);
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Equal($"/admin/eintraege/demo-chor-ilmenau?vorschlag={id}", accept.Headers.Location!.OriginalString);
        Assert.Equal(MistakeReportState.Accepted, await factory.QueryAsync(db => db.MistakeReports.Select(s => s.State).SingleAsync()));
        // Accepted into a draft of the next version; the published one stays live.
        var item = await factory.QueryAsync(db => db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == "demo-chor-ilmenau"));
        Assert.Equal(Wegweiser.Core.Workflow.WorkflowState.Draft, item.Latest.State);
        Assert.NotNull(item.Published);
        Assert.NotSame(item.Published, item.Latest);
        var form = System.Net.WebUtility.HtmlDecode(await editor.GetStringAsync(accept.Headers.Location.OriginalString));
        Assert.Contains("Sie haben diesen Hinweis angenommen.", form);
        Assert.Contains("Der Chor probt jetzt am Mittwoch.", form);
        Assert.Contains("Es gibt keine offenen Hinweise.", await editor.GetStringAsync("/admin/vorschlaege"));
    }

    [Fact]
    public async Task An_empty_message_is_refused_and_a_bot_stores_nothing()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = Client(factory);
        var url = $"/de/vereine/{await factory.GermanSlugAsync("demo-chor-ilmenau")}/fehler-melden";

        var empty = await client.PostAsync(url, Form(await TestAccounts.TokenAsync(client, url), ("Message", "  ")));
        var bot = await client.PostAsync(url, Form(await TestAccounts.TokenAsync(client, url), ("Message", "spam"), ("Website", "http://spam.example")));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Bitte schreiben Sie, was nicht stimmt.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.MistakeReports.CountAsync()));
    }

    [Fact]
    public async Task The_queue_is_for_staff_only_and_drafts_take_no_suggestions()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = Client(factory);
        var draft = await factory.GermanSlugAsync("demo-entwurf-laufgruppe-martinroda");

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/vorschlaege")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/de/vereine/{draft}/fehler-melden")).StatusCode);
    }

    private static HttpClient Client(WegweiserFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));
}
