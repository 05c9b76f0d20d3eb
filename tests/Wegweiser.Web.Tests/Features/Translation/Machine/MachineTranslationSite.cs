using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Translation.Machine;

/// <summary>The demo site with machine translation configured against a <see cref="FakeTranslationApi"/>, and a signed-in publisher.</summary>
public abstract class MachineTranslationSite(string provider) : IAsyncLifetime
{
    /// <summary>An entry's German body in Markdown with everything that must survive a translation.</summary>
    public const string Markdown = """
        ## Beratung im Jobcenter

        Sie brauchen einen Aufenthaltstitel? Wir helfen.

        - **Termin:** Tel. 03628 123-456 oder [Webseite](https://example.org/a_b?x=1&y=2)
        - E-Mail: info@example.org, 1. Di im Monat 14:00-16:00
        * _wichtig_: www.ilm-kreis.de/migration
        """;

    public FakeTranslationApi Api { get; private set; } = null!;

    public WegweiserFactory Factory { get; private set; } = null!;

    public HttpClient Publisher { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Api = await FakeTranslationApi.StartAsync();
        Factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:MachineTranslation:Provider"] = provider,
            ["Wegweiser:MachineTranslation:Url"] = Api.Url,
            ["Wegweiser:MachineTranslation:Key"] = FakeTranslationApi.Key,
            ["Wegweiser:MachineTranslation:TimeoutSeconds"] = "2",
            ["Wegweiser:MachineTranslation:CreateGlossaries"] = "true",
        });
        await TestAccounts.CreateAsync(Factory, "beauftragte", Roles.Publisher);
        Publisher = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(Publisher, "beauftragte");
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }

    /// <summary>Sets the German body of the entry's latest version to <paramref name="body"/>, in place.</summary>
    public Task SetGermanBodyAsync(string key, string body) => Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        var german = item.Latest.Translation(Cultures.Source)!;
        german.Fields = new Dictionary<string, string>(german.Fields) { [ContentFields.Body] = body };
        return await db.SaveChangesAsync();
    });

    /// <summary>Deletes the entry's translations into <paramref name="culture"/> in every version.</summary>
    public Task DeleteTranslationAsync(string key, string culture) => Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        foreach (var version in item.Versions)
        {
            foreach (var translation in version.Translations.Where(t => t.Culture == culture).ToList())
            {
                version.Translations.Remove(translation);
                db.Remove(translation);
            }
        }

        return await db.SaveChangesAsync();
    });
}

public sealed class DeepLSite() : MachineTranslationSite("DeepL");

public sealed class LibreTranslateSite() : MachineTranslationSite("LibreTranslate");
