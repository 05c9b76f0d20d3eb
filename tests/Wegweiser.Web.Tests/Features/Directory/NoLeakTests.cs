using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>Drafts, items in review, ended courses and internal contacts never reach anonymous visitors.</summary>
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

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
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

        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", html);
        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", list);
        Assert.Contains("Schach", html);
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
            var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/de/ehrenamt/{item.Published.Translation("de")!.Slug}"));
            Assert.DoesNotContain(contact.Email!, html);
            Assert.DoesNotContain(contact.Phone!, html);
            Assert.DoesNotContain(contact.Phone!.Replace(" ", ""), html);
            Assert.DoesNotContain(contact.Name!, html);
            Assert.Contains("Die Kontaktdaten sehen nur angemeldete Ehrenamtliche", html);
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
}
