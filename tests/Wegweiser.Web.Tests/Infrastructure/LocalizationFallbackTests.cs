using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>
/// How a language without a text of its own falls back: staff text lives only in the neutral
/// (German) resources, so it reads German in every language, while text for visitors and
/// providers comes in their language. The county in the site's name comes from configuration.
/// </summary>
public partial class LocalizationFallbackTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("tr")]
    public void A_staff_text_asked_for_in_another_language_comes_in_German_from_the_neutral_resources(string culture)
    {
        // Arrange: the localizer as the site configures it (AddLocalization, ResourcesPath "Resources").
        var localizer = Localizer();
        var previous = CultureInfo.CurrentUICulture;

        // Act
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        LocalizedString title;
        try
        {
            title = localizer["Editor.List.Title"];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        // Assert
        Assert.False(title.ResourceNotFound);
        Assert.Equal("Einträge", title.Value);
        Assert.Equal("Einträge", SharedResource.Manager.GetString("Editor.List.Title", CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Text_for_providers_comes_in_Arabic_through_the_one_resource_manager()
    {
        // Arrange
        var arabic = CultureInfo.GetCultureInfo("ar");

        // Act
        var subject = EmailTemplates.Text("Email.ReviewRequest.Subject", arabic);
        var send = SharedResource.Manager.GetString("ReviewAnswer.Send", arabic)!;

        // Assert
        Assert.Matches(ArabicLetters(), subject);
        Assert.Matches(ArabicLetters(), send);
        Assert.NotEqual(SharedResource.Manager.GetString("ReviewAnswer.Send", CultureInfo.InvariantCulture), send);
    }

    [Fact]
    public async Task The_English_preview_shows_the_entry_in_English_and_the_staff_banner_in_German()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);

        // Act
        var english = WebUtility.HtmlDecode(await editor.GetStringAsync("/admin/eintraege/demo-entwurf-laufgruppe-martinroda/vorschau/en"));

        // Assert
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english);
        Assert.Contains("Running Group", english);
        Assert.Contains("<div class=\"notice preview-banner\" role=\"note\" lang=\"de\" dir=\"ltr\">", english);
        Assert.Contains("Zurück zum Bearbeiten", english);
        Assert.Contains("Entwurf", english);
    }

    [Fact]
    public async Task The_site_name_and_footer_name_the_configured_county_in_every_language()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:County:Name"] = "Saale-Orla-Kreis" });
        var client = factory.CreateClient();

        // Act
        var german = WebUtility.HtmlDecode(await client.GetStringAsync("/de/"));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/en/angebote"));
        var arabic = WebUtility.HtmlDecode(await client.GetStringAsync("/ar/angebote"));

        // Assert
        Assert.Contains("<span class=\"site-logo__text\">Integrationswegweiser Saale-Orla-Kreis</span>", german);
        Assert.Contains("Ein Angebot vom Saale-Orla-Kreis.", german);
        Assert.Contains("Integration Guide Saale-Orla-Kreis", english);
        Assert.Contains("A service of the Saale-Orla-Kreis.", english);
        Assert.Contains("دليل الاندماج في Saale-Orla-Kreis", arabic);
        Assert.DoesNotContain("site-logo__text\">Integrationswegweiser Ilm-Kreis", german);
    }

    private static IStringLocalizer Localizer() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetters();
}
