using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>Signed-in clients and form posts for the editor area's tests.</summary>
public static class EditorSite
{
    public static HttpClient Client(WegweiserFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates an account with <paramref name="role"/> (a provider linked to <paramref name="organisations"/>) and signs it in.</summary>
    public static async Task<HttpClient> SignedInAsync(WegweiserFactory factory, string name, string role, params string[] organisations)
    {
        await TestAccounts.CreateAsync(factory, name, role);
        if (organisations.Length > 0)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByNameAsync(name))!;
            foreach (var organisation in organisations)
            {
                await users.AddClaimAsync(user, new Claim(EditorPermissions.OrganisationClaim, organisation));
            }
        }

        var client = Client(factory);
        var signIn = await TestAccounts.SignInAsync(client, name);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>Posts a form to <paramref name="url"/> with the antiforgery token of the page at <paramref name="tokenFrom"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string tokenFrom, params (string Key, string Value)[] fields)
    {
        var token = await TestAccounts.TokenAsync(client, tokenFrom);
        return await client.PostAsync(url, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Clicks "publish" on the entry's edit page, as a publisher would after reading it (the form carries the version seen).</summary>
    public static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string key)
    {
        var form = await FormFields.ReadAsync(client, $"/admin/eintraege/{key}", "form[action$='handler=Publish']");
        return await form.PostAsync(client, $"/admin/eintraege/{key}?handler=Publish");
    }

    /// <summary>
    /// Fills the translation editor of <paramref name="key"/> in <paramref name="culture"/> as opened now
    /// and saves it (the form carries the version seen, to which "publish" binds).
    /// </summary>
    public static async Task<HttpResponseMessage> TranslateAsync(HttpClient client, string key, string culture, params (string Key, string Value)[] fields)
    {
        var url = $"/admin/uebersetzungen/{key}/{culture}";
        var form = await FormFields.ReadAsync(client, url, "form.translation-form");
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return await form.PostAsync(client, url);
    }

    /// <summary>Plans a publication ("veroeffentlichen") or archiving ("archivieren") on the entry's edit page at a local time.</summary>
    public static async Task<HttpResponseMessage> ScheduleAsync(HttpClient client, string key, string kind, string when)
    {
        var form = await FormFields.ReadAsync(client, $"/admin/eintraege/{key}", "form[action$='handler=Schedule']");
        return await form.Set("art", kind).Set("zeitpunkt", when).PostAsync(client, $"/admin/eintraege/{key}?handler=Schedule");
    }

    /// <summary>Whether the site refused: a redirect to the sign-in page (signed out, or signed in without the right) or 403.</summary>
    public static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.Forbidden
        || (response.StatusCode == System.Net.HttpStatusCode.Redirect && response.Headers.Location is { } location
            && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]) == "/konto/anmelden");

    public static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(IsDenied(response), $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    /// <summary>The item with all versions, read fresh from the database.</summary>
    public static Task<ContentItem> ItemAsync(WegweiserFactory factory, string key) =>
        factory.QueryAsync(db => db.ContentItems.AsNoTracking().Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().SingleAsync(i => i.Key == key));
}
