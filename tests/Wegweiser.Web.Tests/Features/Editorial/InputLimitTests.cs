using System.ComponentModel.DataAnnotations;
using System.Net;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.ReviewRounds;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>
/// Lengths are checked before any pattern, with one table of limits for the editor form, the
/// translation editor and providers' answers; email addresses that could extend a mailto: link are refused.
/// </summary>
public class InputLimitTests
{
    private const string Chor = "demo-chor-ilmenau";
    private const string EmailMessage = "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.";

    public static TheoryData<string> BadEmails =>
    [
        "a@" + string.Concat(Enumerable.Repeat("a.", 50_000)) + "@", // 100,000 characters that make a backtracking pattern take quadratic time
        "info@amt.example?bcc=x%40evil.example",
        "info@amt.example?bcc=x@evil.example",
        "info@amt.example\r\nBcc: x@evil.example",
    ];

    [Theory]
    [MemberData(nameof(BadEmails))]
    public async Task The_editor_form_refuses_an_email_address_that_is_too_long_or_carries_more_than_an_address(string email)
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var before = (await EditorSite.ItemAsync(factory, Chor)).Versions.Count;

        var response = await (await FormFields.ReadAsync(editor, $"/admin/eintraege/{Chor}"))
            .Set("Input.Email", email).PostAsync(editor, $"/admin/eintraege/{Chor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Html.Encode(EmailMessage), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await EditorSite.ItemAsync(factory, Chor)).Versions.Count);
    }

    [Fact]
    public async Task The_translation_editor_has_the_editor_forms_length_limits()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);
        var before = (await EditorSite.ItemAsync(factory, Chor)).Versions.Count;
        var url = $"/admin/uebersetzungen/{Chor}/en";

        var response = await EditorSite.PostAsync(editor, url, url,
            ("Fields[title]", new string('[', 100_000)), ("Fields[summary]", new string('x', 601)));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Html.Encode("Bitte kürzen Sie den Text auf höchstens 200 Zeichen."), page);
        Assert.Contains(Html.Encode("Bitte kürzen Sie den Text auf höchstens 600 Zeichen."), page);
        Assert.Equal(before, (await EditorSite.ItemAsync(factory, Chor)).Versions.Count);
    }

    [Theory]
    [InlineData("Summary", 601, "Die Kurzbeschreibung darf höchstens 600 Zeichen lang sein.")]
    [InlineData("Title", 100_000, "Der Name darf höchstens 200 Zeichen lang sein.")]
    [InlineData("Phone", 100_000, "Die Telefonnummer darf höchstens 40 Zeichen lang sein.")]
    [InlineData("Email", 100_000, "Die E-Mail-Adresse ist zu lang.")]
    public void A_providers_answer_has_the_editor_forms_limits(string field, int length, string message)
    {
        var answer = new ProviderAnswer { Title = "Beratung" };
        typeof(ProviderAnswer).GetProperty(field)!.SetValue(answer, new string('1', length));

        Assert.Contains(message, Validate(answer));
    }

    [Theory]
    [InlineData("info@amt.example?bcc=x%40evil.example")]
    [InlineData("info@amt.example?subject=Hallo")]
    [InlineData("a@" + "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a@")]
    public void A_providers_answer_refuses_an_email_address_that_carries_more_than_an_address(string email)
    {
        var answer = new ProviderAnswer { Title = "Beratung", Email = email };

        Assert.Contains("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.", Validate(answer));
    }

    private static List<string?> Validate(ProviderAnswer answer)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(answer, new ValidationContext(answer), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage).ToList();
    }
}
