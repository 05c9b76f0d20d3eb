using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>
/// <c>/admin/kontaktanfragen</c>: staff read visitors' open contact requests beside the
/// initiative's internal contact and mark each one as passed on (audited).
/// </summary>
public class ContactRequestsPageTests
{
    private const string Initiative = "demo-sprachpatenschaften-arnstadt";

    [Fact]
    public async Task An_editor_reads_an_open_request_with_the_internal_contact_and_marks_it_passed_on()
    {
        // Arrange: a visitor's request through the public form.
        await using var factory = new WegweiserFactory("demo");
        var visitor = EditorSite.Client(factory);
        var request = $"/de/ehrenamt/{await factory.GermanSlugAsync(Initiative)}/anfrage";
        await EditorSite.PostAsync(visitor, request, request, ("Input.Name", "Amal Beispiel"), ("Input.Reach", "0151 0000000"), ("Input.Message", "Ich möchte Deutsch üben."));
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);

        // Act
        var open = System.Net.WebUtility.HtmlDecode(await editor.GetStringAsync("/admin/kontaktanfragen"));
        var id = await factory.QueryAsync(db => db.ContactRequests.Select(r => r.Id).SingleAsync());
        var token = await TestAccounts.TokenAsync(editor, "/admin/kontaktanfragen");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var marked = await editor.PostAsync("/admin/kontaktanfragen?handler=PassOn", new FormUrlEncodedContent(form));
        var twice = await editor.PostAsync("/admin/kontaktanfragen?handler=PassOn", new FormUrlEncodedContent(form));
        var after = await editor.GetStringAsync(marked.Headers.Location!.OriginalString);

        // Assert
        Assert.Contains("Amal Beispiel", open);
        Assert.Contains("0151 0000000", open);
        Assert.Contains("Ich möchte Deutsch üben.", open);
        Assert.Contains("Erika Beispiel", open);
        Assert.Contains("erika.beispiel@ehrenamtsnetz.example.org", open);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Contains("Die Anfrage ist als weitergegeben markiert.", after);
        Assert.Contains("Es gibt keine offenen Kontaktanfragen.", after);
        Assert.DoesNotContain("Amal Beispiel", after);
        Assert.NotNull(await factory.QueryAsync(db => db.ContactRequests.Select(r => r.HandledUtc).SingleAsync()));
        var audit = await factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "contact-request.passed-on"));
        Assert.Equal("redaktion", audit.UserName);
        Assert.DoesNotContain("Amal", audit.Details ?? "");
    }

    [Fact]
    public async Task The_admin_navigation_leads_staff_to_the_requests()
    {
        await using var factory = new WegweiserFactory("blank");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);

        var dashboard = await editor.GetStringAsync("/admin");

        Assert.Contains("href=\"/admin/kontaktanfragen\"", dashboard);
        Assert.DoesNotContain("href=\"/admin/konten\"", dashboard);
    }
}
