using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Translation.Machine;

/// <summary>"Vorschlag übersetzen" against a fake LibreTranslate on 127.0.0.1, which also translates into Farsi.</summary>
public class LibreTranslateSuggestionTests(LibreTranslateSite site) : IClassFixture<LibreTranslateSite>
{
    private const string Key = "mietschulung-thinka";

    [Fact]
    public async Task A_Farsi_suggestion_keeps_Markdown_links_numbers_names_and_explains_legal_terms()
    {
        await site.SetGermanBodyAsync(Key, MachineTranslationSite.Markdown + "\nDas Landratsamt Ilm-Kreis hilft. Der Aufenthaltstitel kostet nichts.");
        site.Api.FailWith = null;

        var response = await SuggestionForm.SuggestAsync(site.Publisher, Key, "fa", "body");
        var body = SuggestionForm.FieldValue(await response.Content.ReadAsStringAsync(), "body");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""
            ## ⟦fa⟧ BERATUNG IM Jobcenter

            ⟦fa⟧ SIE BRAUCHEN EINEN اجازه اقامت (Aufenthaltstitel)? WIR HELFEN.

            - ⟦fa⟧ **TERMIN:** TEL. 03628 123-456 ODER [WEBSEITE](https://example.org/a_b?x=1&y=2)
            - ⟦fa⟧ E-MAIL: info@example.org, 1. DI IM MONAT 14:00-16:00
            * ⟦fa⟧ _WICHTIG_: www.ilm-kreis.de/migration
            ⟦fa⟧ DAS Landratsamt Ilm-Kreis HILFT. DER اجازه اقامت (Aufenthaltstitel) KOSTET NICHTS.
            """, body);
        var sent = site.Api.Requests.Last(r => r.Path == "/translate");
        Assert.Equal("de", sent.Body["source"]!.GetValue<string>());
        Assert.Equal("fa", sent.Body["target"]!.GetValue<string>());
        Assert.Equal("html", sent.Body["format"]!.GetValue<string>());
        Assert.Equal(FakeTranslationApi.Key, sent.Body["api_key"]!.GetValue<string>());
        Assert.Null(sent.Authorization);
    }

    [Theory]
    [InlineData(403, "hat den Schlüssel abgelehnt")]
    [InlineData(429, "zu viele Anfragen")]
    public async Task An_error_of_the_service_gives_a_German_message_and_changes_nothing(int status, string message)
    {
        var before = await EditorSite.ItemAsync(site.Factory, Key);
        site.Api.FailWith = status;

        var response = await SuggestionForm.SuggestAsync(site.Publisher, Key, "uk", "title", new() { ["title"] = "Моя назва" });
        var html = await response.Content.ReadAsStringAsync();
        site.Api.FailWith = null;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Equal("Моя назва", SuggestionForm.FieldValue(html, "title"));
        var after = await EditorSite.ItemAsync(site.Factory, Key);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
        Assert.Equal(before.Latest.Translation("uk")?.Title, after.Latest.Translation("uk")?.Title);
    }
}

/// <summary>Without configuration nothing shows; a service nobody answers at is reported as unreachable.</summary>
public class MachineTranslationConfigurationTests
{
    private const string Key = "anonymer-krankenschein";

    [Fact]
    public async Task Without_configuration_no_button_or_link_appears_anywhere()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "beauftragte");

        var editor = await client.GetStringAsync(SuggestionForm.Url(Key, "en"));
        var dashboard = await client.GetStringAsync("/admin/uebersetzungen");
        var bulk = await client.GetStringAsync("/admin/uebersetzungen/vorschlagen?sprache=en");
        var suggest = await SuggestionForm.SuggestAsync(client, Key, "en", "title");

        Assert.DoesNotContain("Vorschlag", editor);
        Assert.DoesNotContain("handler=Suggest", editor);
        Assert.DoesNotContain("vorschlagen", dashboard);
        Assert.Contains("Maschinelle Übersetzung ist nicht eingerichtet.", bulk);
        Assert.DoesNotContain("name=\"eintrag\"", bulk);
        Assert.Equal(HttpStatusCode.NotFound, suggest.StatusCode);
    }

    [Fact]
    public async Task A_service_that_refuses_the_connection_gives_a_German_message_and_changes_nothing()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:MachineTranslation:Provider"] = "LibreTranslate",
            ["Wegweiser:MachineTranslation:Url"] = $"http://127.0.0.1:{ClosedPort()}",
        });
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "beauftragte");
        var before = await EditorSite.ItemAsync(factory, Key);

        var response = await SuggestionForm.SuggestAsync(client, Key, "tr", "title", new() { ["title"] = "Taslak" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Der Übersetzungsdienst ist nicht erreichbar.", html);
        Assert.Equal("Taslak", SuggestionForm.FieldValue(html, "title"));
        Assert.Equal(before.Versions.Count, (await EditorSite.ItemAsync(factory, Key)).Versions.Count);
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
