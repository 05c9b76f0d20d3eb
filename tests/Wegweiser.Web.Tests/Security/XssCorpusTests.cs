using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Hsds;
using Wegweiser.Web.Features.ReviewRounds;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Security;

/// <summary>
/// The payloads of <c>xss-payloads.txt</c> go in through every way text enters the site — the
/// editor form of every type, the translation editor, a provider's answer, a visitor's report of a
/// mistake and a visitor's contact request — are (a glossary term's payload title also linked
/// from a service's summary, with its note)
/// published, and then may not be live markup in any public output: pages in German and English,
/// card, contact and calendar files, QR code, claim forms, print views, feeds, sitemaps, the app manifest, the offline page, search page, JSON APIs, the OpenAPI
/// document and the CSV and JSON files in the open data downloads. A registration's preview (and
/// its form sent back with errors) shows the payloads a visitor typed, escaped too.
/// </summary>
public class XssCorpusTests
{
    private static readonly ContentType[] Types = [ContentType.Service, ContentType.Course, ContentType.Event, ContentType.Club, ContentType.Organisation, ContentType.VolunteerInitiative, ContentType.GlossaryTerm, ContentType.Page];

    [Fact]
    public async Task No_payload_becomes_live_markup_in_any_public_output()
    {
        // Arrange
        var payloads = LiveMarkup.Payloads();
        Assert.True(payloads.Count >= 50, $"only {payloads.Count} payloads");
        await using var factory = new WegweiserFactory("demo");
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var visitor = EditorSite.Client(factory);
        var next = 0;
        string Next() => payloads[next++ % payloads.Count];
        var targets = new List<string>();
        foreach (var type in Types)
        {
            targets.AddRange(await factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == type && i.Versions.Any(v => v.IsPublished))
                .OrderBy(i => i.Key).Select(i => i.Key).Take(type == ContentType.Service ? 2 : 1).ToListAsync()));
        }

        var answered = targets[1]; // the second service: a provider's answer
        // Act 1: the editor form, every text field and the address lines
        foreach (var (key, index) in targets.Where(k => k != answered).Select((k, i) => (k, i)))
        {
            var form = await FormFields.ReadAsync(publisher, $"/admin/eintraege/{key}");
            form.Set("Input.Title", Next()).Set("Input.Slug", $"xss-{index}");
            foreach (var name in form.Names.Where(n => n.StartsWith("Input.Texts[", StringComparison.Ordinal)).ToList())
            {
                form.Set(name, $"{Next()} {Next()}");
            }

            form.Set("Input.Addresses[0].Name", Next()).Set("Input.Addresses[0].Street", Next()).Set("Input.InternalName", Next());
            var saved = await form.PostAsync(publisher, $"/admin/eintraege/{key}");
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{key}: {(int)saved.StatusCode} {Errors(await saved.Content.ReadAsStringAsync())}");
            Assert.Equal(HttpStatusCode.Redirect, (await EditorSite.PublishAsync(publisher, key)).StatusCode);

            // Act 2: the translation editor, published at once
            var url = $"/admin/uebersetzungen/{key}/en";
            var fields = new List<(string, string)> { ("Fields[title]", Next()), ("Fields[summary]", Next()), ("Fields[body]", $"{Next()}\n\n{Next()}"), ("SlugInput", $"xss-en-{index}"), ("Next", "publish") };
            var translated = await EditorSite.TranslateAsync(publisher, key, "en", [.. fields]);
            Assert.True(translated.StatusCode == HttpStatusCode.Redirect && !translated.Headers.Location!.OriginalString.Contains("nicht-veroeffentlicht", StringComparison.Ordinal),
                $"{url}: {(int)translated.StatusCode} {translated.Headers.Location}");
        }

        // Act 3: a provider's answer through the personal link, then approved
        var link = await ReviewLinkAsync(factory, answered);
        var answer = await EditorSite.PostAsync(visitor, link + "?handler=Change", link,
            ("key", answered), ("Input.Title", Next()), ("Input.Summary", $"{Next()} {Next()}"), ("Input.Note", Next()));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSite.PublishAsync(publisher, answered)).StatusCode);

        // Act 4: visitors' suggestions, read by staff
        var suggestOn = await DetailPathAsync(factory, targets[0], "de");
        for (var i = 0; i < 2; i++)
        {
            var suggested = await EditorSite.PostAsync(visitor, $"{suggestOn}/fehler-melden", $"{suggestOn}/fehler-melden", ("Message", Next()), ("Reach", Next()));
            Assert.True(suggested.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"suggestion: {(int)suggested.StatusCode}");
        }

        // Act 5: visitors' contact requests to a volunteer initiative, read by staff
        var initiative = await factory.QueryAsync(db => db.ContentItems.Where(i => targets.Contains(i.Key) && i.Type == ContentType.VolunteerInitiative).Select(i => i.Key).FirstAsync());
        var requestOn = await DetailPathAsync(factory, initiative, "de") + "/anfrage";
        for (var i = 0; i < 2; i++)
        {
            var requested = await EditorSite.PostAsync(visitor, requestOn, requestOn, ("Input.Name", Next()), ("Input.Reach", Next()), ("Input.Message", Next()));
            Assert.True(requested.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"contact request: {(int)requested.StatusCode}");
        }

        Assert.Equal(2, await factory.QueryAsync(db => db.ContactRequests.CountAsync()));

        // Act 6: the glossary term's payload title, used in a service's summary, becomes a linked
        // term with its note ("Begriffe auf dieser Seite") on that service's page.
        var glossaryKey = await factory.QueryAsync(db => db.ContentItems.Where(i => targets.Contains(i.Key) && i.Type == ContentType.GlossaryTerm).Select(i => i.Key).FirstAsync());
        var termTitle = (await EditorSite.ItemAsync(factory, glossaryKey)).Published!.Translation(Cultures.Source)!.Title;
        var usingForm = await FormFields.ReadAsync(publisher, $"/admin/eintraege/{targets[0]}");
        usingForm.Set("Input.Texts[summary]", $"Hier hilft {termTitle} weiter.");
        Assert.Equal(HttpStatusCode.Redirect, (await usingForm.PostAsync(publisher, $"/admin/eintraege/{targets[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSite.PublishAsync(publisher, targets[0])).StatusCode);
        var withNotes = await visitor.GetStringAsync(await DetailPathAsync(factory, targets[0], "de"));
        Assert.True(withNotes.Contains("class=\"glossary-notes\"", StringComparison.Ordinal), $"no glossary note for the term titled {termTitle}");

        // Assert: every output of every entry, and the lists, feeds, sitemaps and APIs
        var reached = new HashSet<string>();
        async Task CheckAsync(HttpClient client, string url, Action<string, string> check)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            reached.UnionWith(LiveMarkup.Markers(WebUtility.HtmlDecode(body)));
            check(url, body);
        }

        foreach (var key in targets)
        {
            foreach (var culture in new[] { "de", "en" })
            {
                var detail = await DetailPathAsync(factory, key, culture);
                await CheckAsync(visitor, detail, LiveMarkup.AssertHtml);
                await CheckAsync(visitor, $"{detail}/karte", LiveMarkup.AssertHtml);
                await CheckAsync(visitor, $"{detail}/kontakt.vcf", LiveMarkup.AssertContentLines);
                await CheckAsync(visitor, $"{detail}/kalender.ics", LiveMarkup.AssertContentLines);
                await CheckAsync(visitor, $"{detail}/qr.svg", LiveMarkup.AssertXml);
                await CheckAsync(visitor, $"{detail}/uebernehmen", LiveMarkup.AssertHtml);
            }

            await CheckAsync(publisher, $"/admin/eintraege/{key}", LiveMarkup.AssertHtml);
            await CheckAsync(publisher, $"/admin/eintraege/{key}/verlauf", LiveMarkup.AssertHtml);
        }

        foreach (var culture in new[] { "de", "en" })
        {
            await CheckAsync(visitor, $"/{culture}/neu.atom", LiveMarkup.AssertXml);
            await CheckAsync(visitor, $"/{culture}/manifest.webmanifest", LiveMarkup.AssertJson);
            await CheckAsync(visitor, $"/{culture}/offline", LiveMarkup.AssertHtml);
            await CheckAsync(visitor, $"/sitemap-{culture}.xml", LiveMarkup.AssertXml);
            await CheckAsync(visitor, $"/{culture}/suche?q=xss", LiveMarkup.AssertHtml);
            await CheckAsync(visitor, $"/api/suche?q=xss&kultur={culture}", LiveMarkup.AssertJson);
            await CheckAsync(visitor, $"/api/vorschlaege?q=xss&kultur={culture}", LiveMarkup.AssertJson);
            await CheckAsync(visitor, $"/{culture}/offline/paket.json", LiveMarkup.AssertJson);
            await CheckAsync(visitor, $"/{culture}/offline/suche.json", LiveMarkup.AssertJson);
            await CheckAsync(visitor, $"/api/hsds/services?full=true&per_page=100&lang={culture}", LiveMarkup.AssertJson);
            await CheckAsync(visitor, $"/api/hsds/organizations?full_service=true&per_page=100&lang={culture}", LiveMarkup.AssertJson);
            foreach (var section in DirectorySection.All)
            {
                await CheckAsync(visitor, section.ListUrl(culture), LiveMarkup.AssertHtml);
                await CheckAsync(visitor, $"{section.ListUrl(culture)}/{Wegweiser.Web.Features.Print.PrintLinks.Segment}", LiveMarkup.AssertHtml);
            }

            foreach (var topic in await factory.QueryAsync(db => db.TaxonomyTerms.Where(t => t.Taxonomy == Core.Taxonomies.Taxonomy.Topic).Select(t => t.Key).ToListAsync()))
            {
                await CheckAsync(visitor, Wegweiser.Web.Features.Print.PrintLinks.ForTopic(culture, "themen", topic, null), LiveMarkup.AssertHtml);
            }

            // The registration form: the preview of a visitor's hostile entry, and the form sent back with its errors.
            await CheckAsync(visitor, $"/{culture}/eintragen", LiveMarkup.AssertHtml);
            foreach (var handler in new[] { "Preview", "Edit" })
            {
                var entered = await RegistrationPreviewAsync(factory, visitor, culture, handler, Next);
                Assert.True(entered.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"/{culture}/eintragen?handler={handler}: {(int)entered.StatusCode}");
                var body = await entered.Content.ReadAsStringAsync();
                reached.UnionWith(LiveMarkup.Markers(WebUtility.HtmlDecode(body)));
                LiveMarkup.AssertHtml($"/{culture}/eintragen?handler={handler}", body);
            }
        }

        // The open data downloads: JSON escaped as in the API, CSV cells intact. The OpenAPI document holds no editor text, but is checked all the same.
        foreach (var culture in new[] { "de", "en" })
        {
            var zip = await visitor.GetByteArrayAsync(HsdsDownloads.PathOf(culture));
            foreach (var (name, text) in ZipTexts(zip))
            {
                var where = $"{HsdsDownloads.PathOf(culture)}: {name}";
                reached.UnionWith(LiveMarkup.Markers(text));
                if (name.EndsWith(".json", StringComparison.Ordinal))
                {
                    LiveMarkup.AssertJson(where, text);
                }
                else
                {
                    LiveMarkup.AssertCsv(where, text);
                }
            }
        }

        await CheckAsync(visitor, "/api/openapi.json", LiveMarkup.AssertJson);
        await CheckAsync(publisher, "/admin/vorschlaege", LiveMarkup.AssertHtml);
        await CheckAsync(publisher, "/admin/kontaktanfragen", LiveMarkup.AssertHtml);
        await CheckAsync(publisher, "/admin/eintraege", LiveMarkup.AssertHtml);

        // The payloads really reached the outputs (those inside stripped links and URLs excepted).
        Assert.True(reached.Count >= 40, $"only {reached.Count} payloads reached an output: {string.Join(", ", reached.Order())}");
    }

    /// <summary>Posts a club registration whose texts are payloads to the form's preview (or back to the form).</summary>
    private static async Task<HttpResponseMessage> RegistrationPreviewAsync(WegweiserFactory factory, HttpClient visitor, string culture, string handler, Func<string> next)
    {
        var fields = await Features.Registration.RegistrationForm.ValidAsync(factory, "Verein");
        foreach (var name in new[] { "Input.Title", "Input.Summary", "Input.Body", "Input.Street", "Input.Hours", "Input.ContactName" })
        {
            fields[name] = next();
        }

        return await Features.Registration.RegistrationForm.PostAsync(visitor, fields, handler, culture);
    }

    private static IEnumerable<(string Name, string Text)> ZipTexts(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        var files = new List<(string, string)>();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open(), System.Text.Encoding.UTF8);
            files.Add((entry.FullName, reader.ReadToEnd()));
        }

        Assert.Contains(files, f => f.Item1 == "services.csv");
        return files;
    }

    private static async Task<string> ReviewLinkAsync(WegweiserFactory factory, string key)
    {
        var requestId = await factory.QueryAsync(async db =>
        {
            var request = new ReviewRequest { Email = "anbieter@example.org", SentUtc = DateTime.UtcNow, Entries = { new ReviewRequestEntry { ItemKey = key } } };
            var round = new ReviewRound { Title = "XSS", CreatedUtc = DateTime.UtcNow, ExpiresUtc = DateTime.UtcNow.AddDays(30), ReminderAfterDays = 14, Requests = { request } };
            db.ReviewRounds.Add(round);
            await db.SaveChangesAsync();
            return request.Id;
        });
        return factory.Services.GetRequiredService<ReviewLinks>().PathFor(requestId);
    }

    private static async Task<string> DetailPathAsync(WegweiserFactory factory, string key, string culture)
    {
        var item = await EditorSite.ItemAsync(factory, key);
        var published = item.Published!;
        return DirectorySection.For(item.Type).DetailUrl(culture, (published.Translation(culture) ?? published.Translation(Cultures.Source))!.Slug);
    }

    private static string Errors(string html) =>
        string.Join(" | ", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".field-error").Select(e => e.ParentElement?.Id + ": " + e.TextContent));
}
