using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.PlainLanguage;

/// <summary>
/// "Vorschlag übersetzen" is offered only when the German prose reaches
/// Wegweiser:PlainLanguage:MachineTranslationMinimumScore; otherwise the page says why, and a
/// forged suggestion request is refused without calling the service.
/// </summary>
public class MachineTranslationGateTests
{
    private const string Key = "anonymer-krankenschein";

    private static WegweiserFactory Site(string minimum) => new("demo", "sqlite", null, null, new Dictionary<string, string>
    {
        ["Wegweiser:MachineTranslation:Provider"] = "LibreTranslate",
        // Nothing listens here: a request to the service would fail loudly.
        ["Wegweiser:MachineTranslation:Url"] = "http://127.0.0.1:9",
        ["Wegweiser:PlainLanguage:MachineTranslationMinimumScore"] = minimum,
    });

    [Fact]
    public async Task Below_the_setting_no_suggestion_is_offered_and_the_page_says_why()
    {
        // Arrange
        await using var factory = Site("20.5");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var url = $"/admin/uebersetzungen/{Key}/en";

        // Act
        var page = await editor.GetStringAsync(url);
        var forged = await EditorSite.PostAsync(editor, $"{url}?handler=Suggest", url, ("Vorschlag", "body"));
        var html = await forged.Content.ReadAsStringAsync();

        // Assert
        Assert.DoesNotContain("Vorschlag übersetzen", page);
        Assert.Contains("Maschinelle Übersetzungs-Vorschläge gibt es erst, wenn der deutsche Text einfach genug ist.", page);
        Assert.Contains("nötig sind 20,5", page);
        Assert.Contains("Kein Vorschlag: Der deutsche Text ist noch nicht einfach genug.", html);
    }

    [Fact]
    public async Task At_or_above_the_setting_suggestions_are_offered()
    {
        // Arrange
        await using var factory = Site("0");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);

        // Act
        var page = await editor.GetStringAsync($"/admin/uebersetzungen/{Key}/en");

        // Assert
        Assert.Contains("Vorschlag übersetzen", page);
        Assert.DoesNotContain("Maschinelle Übersetzungs-Vorschläge gibt es erst", page);
    }
}
