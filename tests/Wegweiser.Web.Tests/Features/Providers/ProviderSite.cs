using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Tests.Features.Providers;

/// <summary>What the claim and provider tests share: a demo site that mails to the sink, an entry address of the test's own, the forms.</summary>
public static partial class ProviderSite
{
    /// <summary>A service of the demo recipe with an organisation (the counselling office) and an email address.</summary>
    public const string Service = "demo-migrationsberatung-arnstadt";

    public const string Organisation = "demo-beratungsstelle-ilm-kreis";

    public static WegweiserFactory Create(string provider, IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = SmtpSinkMailbox.SiteSettings();
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            settings[k] = v;
        }

        return new WegweiserFactory("demo", provider, null, null, settings);
    }

    public static HttpClient Client(WegweiserFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Gives the published version of <paramref name="key"/> an address only this test reads (the sink is shared); null removes it.</summary>
    public static async Task SetAddressAsync(WegweiserFactory factory, string key, string? email)
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var item = (await store.FindByKeyAsync(key))!;
        foreach (var version in item.Versions)
        {
            var data = version.Data.Clone();
            data.Contact ??= new Core.Content.ContactData();
            data.Contact.Email = email;
            version.Data = data;
        }

        await store.SaveAsync();
    }

    public static string UniqueAddress(string who) => $"{who}{Guid.NewGuid():N}"[..24] + "@example.org";

    /// <summary>Sends the claim form of an entry as a visitor.</summary>
    public static async Task<HttpResponseMessage> ClaimAsync(HttpClient client, string claimPath, string name, string email, string role = "Leiterin der Beratungsstelle", string website = "")
    {
        var token = await TestAccounts.TokenAsync(client, claimPath);
        return await client.PostAsync(claimPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = name,
            ["Input.Email"] = email,
            ["Input.Role"] = role,
            ["Input.Message"] = "Wir möchten unsere Zeiten selbst pflegen.",
            ["Input.Website"] = website,
        }));
    }

    /// <summary>Presses a button ("Confirm" or "Decline") on the page behind a claim link.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, string linkPath, string handler, string tokenFrom)
    {
        var token = await TestAccounts.TokenAsync(client, tokenFrom);
        return await client.PostAsync($"{linkPath}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>Sets the password with the set-password link of an email, as the reset tests do.</summary>
    public static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string pathAndQuery, string password)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + pathAndQuery).Query);
        return await client.PostAsync("/konto/passwort-neu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/passwort-vergessen"),
            ["konto"] = query["konto"] ?? "",
            ["code"] = query["code"] ?? "",
            ["New"] = password,
            ["Repeat"] = password,
        }));
    }

    public static string ClaimLinkIn(string text) => new Uri(ClaimLink().Match(text).Value).AbsolutePath;

    public static string PasswordLinkIn(string text) => new Uri(PasswordLink().Match(text).Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/anspruch/[A-Za-z0-9_-]+")]
    private static partial Regex ClaimLink();

    [GeneratedRegex(@"https?://\S+/konto/passwort-neu\?\S+")]
    private static partial Regex PasswordLink();
}
