using System.Net;
using Wegweiser.Web.Features.Setup;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>A provider account is linked to its organisations by <c>user add … --organisations</c>.</summary>
public class ProviderLinkTests
{
    [Fact]
    public async Task User_add_links_a_provider_to_known_organisations_and_the_provider_may_then_edit_their_entries()
    {
        await using var factory = new WegweiserFactory("demo");
        factory.CreateClient();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await UserCommand.AddAsync(factory.Services,
            ["anbieterin", "--email", "anbieterin@example.org", "--role", "Provider", "--organisations", "demo-sprachschule-arnstadt,gibtsnicht"], output, error);
        var password = output.ToString().Split('\n').Single(l => l.StartsWith("Passwort: ", StringComparison.Ordinal))["Passwort: ".Length..].Trim();
        var client = EditorSite.Client(factory);
        await TestAccounts.SignInAsync(client, "anbieterin", password);

        Assert.Equal(0, exit);
        Assert.Contains("Unbekannte Organisation „gibtsnicht“ übersprungen.", error.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/eintraege/demo-integrationskurs-a1-arnstadt")).StatusCode);
        EditorSite.AssertDenied(await client.GetAsync("/admin/eintraege/demo-chor-ilmenau"));
    }
}
