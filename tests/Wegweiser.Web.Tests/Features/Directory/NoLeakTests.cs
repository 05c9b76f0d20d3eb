using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>
/// Drafts, items in review, ended courses, pending registrations and internal contacts never reach
/// anonymous visitors: pages, lists, print views (<c>…/druckansicht</c>), claim forms
/// (<c>…/uebernehmen</c>) and the registration form (<c>/&lt;culture&gt;/eintragen</c>).
/// </summary>
public class NoLeakTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData("demo-entwurf-sprachkurs-b2-arnstadt")]
    [InlineData("demo-entwurf-laufgruppe-martinroda")]
    [InlineData("demo-entwurf-lesepatenschaften-plaue")]
    [InlineData("impressum")]
    [InlineData("datenschutz")]
    public async Task Unpublished_items_are_neither_listed_nor_reachable(string key)
    {
        var (type, version) = await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
            return (item.Type, item.Latest);
        });
        Assert.NotEqual(WorkflowState.Published, version.State);
        var german = version.Translation("de")!;
        var section = DirectorySection.For(type);

        var detail = await _client.GetAsync(section.DetailUrl("de", german.Slug));
        var list = await _client.GetStringAsync(section.ListUrl("de"));
        var home = await _client.GetStringAsync("/de/");
        var offline = await _client.GetStringAsync("/de/offline/paket.json") + await _client.GetStringAsync("/de/offline/suche.json");
        var claim = await _client.GetAsync(section.DetailUrl("de", german.Slug) + "/uebernehmen");
        var print = await TextOrEmptyAsync($"{section.ListUrl("de")}/druckansicht");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.DoesNotContain(Html.Encode(german.Title), print);
        Assert.DoesNotContain(german.Slug, print);
        Assert.DoesNotContain(german.Slug, offline);
        Assert.DoesNotContain(Html.Encode(german.Title), list);
        Assert.DoesNotContain(german.Slug, list);
        Assert.DoesNotContain(german.Slug, home);
    }

    [Fact]
    public async Task A_draft_of_a_published_item_stays_invisible_until_published()
    {
        var slug = await site.Factory.GermanSlugAsync("demo-schachclub-arnstadt");
        await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == "demo-schachclub-arnstadt");
            var draft = item.EditableVersion(DateTime.UtcNow, "test");
            var german = draft.Translation("de")!;
            draft.SetTranslation("de", german.Slug, "GEHEIMER ENTWURFSTITEL", german.Fields);
            return await db.SaveChangesAsync();
        });

        var html = await _client.GetStringAsync($"/de/vereine/{slug}");
        var list = await _client.GetStringAsync("/de/vereine");
        var print = await _client.GetStringAsync("/de/vereine/druckansicht");
        var claim = await _client.GetStringAsync($"/de/vereine/{slug}/uebernehmen");

        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", html);
        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", list);
        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", print);
        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", claim);
        Assert.Contains("Schach", html);
        Assert.Contains("Schach", print);
        Assert.Contains("Schach", claim);
    }

    [Fact]
    public async Task Archiving_takes_an_entry_off_the_public_pages_at_once()
    {
        var slug = await site.Factory.GermanSlugAsync("demo-tischtennisverein-elgersburg");
        Assert.Contains(slug, await _client.GetStringAsync("/de/vereine"));

        await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == "demo-tischtennisverein-elgersburg");
            item.Transition(WorkflowState.Archived, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(slug, await _client.GetStringAsync("/de/vereine"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/de/vereine/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Internal_contacts_of_volunteer_initiatives_are_not_shown_to_the_public()
    {
        var initiatives = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == ContentType.VolunteerInitiative)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());
        var published = initiatives.Where(i => i.Published is not null).ToList();
        Assert.NotEmpty(published);

        foreach (var item in published)
        {
            var contact = item.Published!.Data.Volunteer!.InternalContact!;
            // Decode first: Razor writes "+" as "&#x2B;", which would hide a leaked phone number from a plain search.
            var detail = $"/de/ehrenamt/{item.Published.Translation("de")!.Slug}";
            var html = WebUtility.HtmlDecode(await _client.GetStringAsync(detail));
            Assert.Contains("Die Kontaktdaten sehen nur angemeldete Ehrenamtliche", html);
            foreach (var page in new[] { html, WebUtility.HtmlDecode(await TextOrEmptyAsync($"{detail}/uebernehmen")), WebUtility.HtmlDecode(await TextOrEmptyAsync("/de/ehrenamt/druckansicht")) })
            {
                Assert.DoesNotContain(contact.Email!, page);
                Assert.DoesNotContain(contact.Phone!, page);
                Assert.DoesNotContain(contact.Phone!.Replace(" ", ""), page);
                Assert.DoesNotContain(contact.Name!, page);
            }
        }
    }

    [Fact]
    public async Task Ended_courses_and_events_are_archived_and_gone()
    {
        var slug = await site.Factory.GermanSlugAsync("demo-sprachkurs-a1-herbst-ilmenau");

        // The archiver runs in the background right after start-up; give it a moment.
        var state = WorkflowState.Published;
        for (var attempt = 0; attempt < 50 && state != WorkflowState.Archived; attempt++)
        {
            state = await site.Factory.QueryAsync(async db =>
                (await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == "demo-sprachkurs-a1-herbst-ilmenau")).Latest.State);
            if (state != WorkflowState.Archived)
            {
                await Task.Delay(200);
            }
        }

        var detail = await _client.GetAsync($"/de/kurse/{slug}");
        var list = await _client.GetStringAsync("/de/kurse");

        Assert.Equal(WorkflowState.Archived, state);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.DoesNotContain(slug, list);
    }

    [Fact]
    public async Task A_registration_waiting_for_a_publisher_appears_nowhere_public()
    {
        const string title = "Wartender Verein Unverwechselbar";
        const string contact = "wartende-person@example.org";
        await site.Factory.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var item = ContentItem.Create(ContentType.Club, "wartender-verein-unverwechselbar", now, "Eintragsformular");
            item.Latest.SetTranslation("de", "wartender-verein-unverwechselbar", title, new Dictionary<string, string> { [ContentFields.Summary] = "Noch nicht geprüft." });
            item.Transition(WorkflowState.InReview, now);
            db.ContentItems.Add(item);
            db.Registrations.Add(new Data.Registrations.Registration
            {
                Type = ContentType.Club, Culture = "de", Title = title, ContactName = "Wartende Person", ContactEmail = contact,
                TokenHash = new string('a', 64), CreatedUtc = now, ExpiresUtc = now.AddHours(48), ConfirmedUtc = now,
                ItemId = item.Id, State = Data.Registrations.RegistrationState.Waiting,
            });
            return await db.SaveChangesAsync();
        });

        var pages = new List<string>();
        foreach (var url in new[] { "/de/eintragen", "/ar/eintragen", "/de/vereine", "/de/vereine/druckansicht", "/de/" })
        {
            pages.Add(WebUtility.HtmlDecode(await _client.GetStringAsync(url)));
        }

        var detail = await _client.GetAsync("/de/vereine/wartender-verein-unverwechselbar");
        var claim = await _client.GetAsync("/de/vereine/wartender-verein-unverwechselbar/uebernehmen");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.All(pages, page =>
        {
            Assert.DoesNotContain("Unverwechselbar", page);
            Assert.DoesNotContain(contact, page);
        });
    }

    /// <summary>The body of a page, or nothing when it does not exist (404) for this kind of entry.</summary>
    private async Task<string> TextOrEmptyAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "";
    }
}
