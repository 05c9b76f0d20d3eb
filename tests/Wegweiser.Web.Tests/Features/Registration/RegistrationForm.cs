using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Web.Tests.Features.Registration;

/// <summary>Fills and sends the public registration form as a visitor would, and reads the confirmation email.</summary>
public static partial class RegistrationForm
{
    /// <summary>A valid club registration with a unique name and contact address.</summary>
    public static async Task<Dictionary<string, string>> ValidAsync(WegweiserFactory factory, string title)
    {
        var (town, topic) = await factory.QueryAsync(async db => (
            await db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.Town).OrderBy(t => t.SortOrder).Select(t => t.Key).FirstAsync(),
            await db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.Topic).OrderBy(t => t.SortOrder).Select(t => t.Key).FirstAsync()));
        return new Dictionary<string, string>
        {
            ["Input.Type"] = "Club",
            ["Input.Title"] = title,
            ["Input.Summary"] = "Wir spielen jeden Dienstag Tischtennis. Alle sind willkommen.",
            ["Input.Body"] = "Wir sind ein kleiner Verein. Anfänger sind willkommen.",
            ["Input.ClubCategory"] = "sport",
            ["Input.Street"] = "Lindenallee 3",
            ["Input.PostalCode"] = "99310",
            ["Input.Town"] = town,
            ["Input.Phone"] = "03628 123456",
            ["Input.Website"] = "https://tischtennis.example.org",
            ["Input.Hours"] = "Di 18:00-20:00",
            ["Input.Topics"] = topic,
            ["Input.ContactName"] = "Erika Muster",
            ["Input.ContactEmail"] = $"verein-{Guid.NewGuid():N}@example.org",
        };
    }

    /// <summary>Posts the fields to the form (<paramref name="handler"/>: "Preview", "Edit" or null to send) with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IReadOnlyDictionary<string, string> fields, string? handler = null, string culture = "de")
    {
        var token = await TestAccounts.TokenAsync(client, $"/{culture}/eintragen");
        var url = handler is null ? $"/{culture}/eintragen" : $"/{culture}/eintragen?handler={handler}";
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>The fields of the preview's send form (hidden fields and token), as a browser would post them.</summary>
    public static List<KeyValuePair<string, string>> PreviewFields(string html)
    {
        var form = (IHtmlFormElement)new HtmlParser().ParseDocument(html).QuerySelector("form.registration-send")!;
        return form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
    }

    /// <summary>The path of the confirmation link in the email to <paramref name="to"/>.</summary>
    public static async Task<string> ConfirmLinkAsync(string to)
    {
        var mail = (await SmtpSinkMailbox.WaitForAsync(to)).Single();
        return new Uri(Link().Match(mail.TextBody).Value).AbsolutePath;
    }

    /// <summary>Follows the link and presses "Jetzt bestätigen".</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string path)
    {
        var page = await client.GetAsync(path);
        var match = Token().Match(await page.Content.ReadAsStringAsync());
        var token = match.Success ? match.Groups[1].Value : await TestAccounts.TokenAsync(client, "/de/eintragen");
        return await client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    [GeneratedRegex(@"https?://\S+/eintragen/bestaetigen/[A-Za-z0-9_-]+")]
    private static partial Regex Link();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
