using System.Net;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.PlainLanguage;

/// <summary>
/// The plain-language check in the editor area without JavaScript: the findings beside the German
/// text fields after a save, the check endpoint the script calls, and the notice on the review view.
/// </summary>
public class PlainLanguageEditorTests
{
    private const string Chor = "demo-chor-ilmenau";

    private const string Hard = "Der Antrag wird vom Amt bearbeitet. Der Leistungsbezug endet nach Prüfung der Zuständigkeit durch die Ausländerbehörde im Rahmen von Verwaltungsverfahren.";

    [Fact]
    public async Task After_a_save_the_form_shows_the_findings_beside_the_field_linked_to_it()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);

        // Act
        var form = await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}");
        var saved = await form.Set("Input.Texts[summary]", Hard).PostAsync(editor, $"/admin/eintraege/{Chor}");
        var html = await editor.GetStringAsync(saved.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches("<textarea id=\"e-text-summary\"[^>]*aria-describedby=\"[^\"]*pl-e-text-summary\"", html);
        Assert.Contains("<div id=\"pl-e-text-summary\" data-plain-result>", html);
        Assert.Contains("Verständlichkeit:", html);
        Assert.Contains("Problem – Passiv:", html);
        Assert.Contains("Der Antrag <mark>wird</mark> vom Amt <mark>bearbeitet</mark>.", html);
        Assert.Contains("Schreiben Sie lieber „Geld vom Amt“ statt „Leistungsbezug“.", html);
        Assert.Contains("data-plain-language=\"/admin/verstaendlichkeit/pruefen\"", html);
        Assert.Matches("<script src=\"/admin/plain-language[.a-z0-9]*js\"", html);
        Assert.DoesNotContain("pl-e-title", html); // the title is not prose
    }

    [Fact]
    public async Task Below_the_minimum_submitting_works_and_the_publisher_sees_it_on_the_review_view()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var form = await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}");
        await form.Set("Input.Texts[summary]", Hard).Set("Input.Texts[body]", Hard).Set("Input.Texts[activities]", "").PostAsync(editor, $"/admin/eintraege/{Chor}");

        // Act
        var draft = await editor.GetStringAsync($"/admin/eintraege/{Chor}");
        var submitted = await EditorSite.PostAsync(editor, $"/admin/eintraege/{Chor}?handler=Submit", $"/admin/eintraege/{Chor}");
        var review = await publisher.GetStringAsync($"/admin/eintraege/{Chor}");

        // Assert
        Assert.Contains("Sie können den Eintrag trotzdem zur Prüfung einreichen.", draft);
        Assert.Equal($"/admin/eintraege/{Chor}?erledigt=eingereicht", submitted.Headers.Location!.OriginalString);
        Assert.Contains("Der Mindestwert ist 10.", review);
        Assert.Contains("Bitte prüfen Sie die Sprache vor dem Veröffentlichen.", review);
    }

    [Fact]
    public async Task The_check_endpoint_answers_signed_in_editors_with_a_fragment_and_needs_the_antiforgery_token()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var anonymous = EditorSite.Client(factory);
        const string url = "/admin/verstaendlichkeit/pruefen";
        var text = new KeyValuePair<string, string>("text", "Die Kinder werden in die Schule gebracht.");

        // Act
        var checkedText = await EditorSite.PostAsync(editor, url, $"/admin/eintraege/{Chor}", ("text", text.Value));
        var withoutToken = await editor.PostAsync(url, new FormUrlEncodedContent([text]));
        var anonymousToken = await TestAccounts.TokenAsync(anonymous, $"/de/vereine/{await factory.GermanSlugAsync("demo-schachclub-arnstadt")}/fehler-melden");
        var signedOut = await anonymous.PostAsync(url, new FormUrlEncodedContent([text, new("__RequestVerificationToken", anonymousToken)]));
        var tooLong = await EditorSite.PostAsync(editor, url, $"/admin/eintraege/{Chor}", ("text", new string('a', 50_001)));
        var get = await editor.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.OK, checkedText.StatusCode);
        var fragment = await checkedText.Content.ReadAsStringAsync();
        Assert.Contains("Problem – Passiv:", fragment);
        Assert.Contains("Die Kinder <mark>werden</mark> in die Schule <mark>gebracht</mark>.", fragment);
        Assert.DoesNotContain("<html", fragment);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        EditorSite.AssertDenied(signedOut);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("zu lang", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task The_German_translation_editor_shows_findings_and_other_languages_do_not()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);

        // Act
        var german = await editor.GetStringAsync($"/admin/uebersetzungen/{Chor}/de");
        var english = await editor.GetStringAsync($"/admin/uebersetzungen/{Chor}/en");

        // Assert
        Assert.Matches("<textarea id=\"tr-summary\"[^>]*aria-describedby=\"pl-tr-summary\"", german);
        Assert.Contains("<div id=\"pl-tr-summary\" data-plain-result>", german);
        Assert.DoesNotContain("data-plain-result", english);
    }

    [Fact]
    public async Task The_overview_charts_the_scores_and_lists_entries_below_the_minimum()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:PlainLanguage:MinimumScore"] = "20",
        });
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);

        // Act
        var html = await publisher.GetStringAsync("/admin/verstaendlichkeit");

        // Assert
        Assert.Contains("<svg role=\"img\" aria-labelledby=\"pl-chart-title\"", html);
        Assert.Contains("<caption>Einträge je Wert-Bereich</caption>", html);
        Assert.Contains("Der Mindestwert ist 20 von 20.", html);
        Assert.Contains($"href=\"/admin/eintraege/{Chor}\"", html);
    }
}
