using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Hsds;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>Drafts, archived entries and internal contacts never reach the HSDS API.</summary>
public class HsdsVisibilityTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData("demo-entwurf-sprachkurs-b2-arnstadt")]
    [InlineData("demo-entwurf-laufgruppe-martinroda")]
    [InlineData("demo-entwurf-lesepatenschaften-plaue")]
    public async Task Unpublished_entries_are_neither_listed_nor_reachable(string key)
    {
        var all = await EverythingAsync();
        var byId = await _client.GetAsync($"/api/hsds/services/{HsdsIds.Service(key)}");

        Assert.DoesNotContain(HsdsIds.Service(key), all);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
    }

    [Fact]
    public async Task A_draft_of_a_published_entry_stays_invisible()
    {
        await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == "demo-schachclub-arnstadt");
            var draft = item.EditableVersion(DateTime.UtcNow, "test");
            var german = draft.Translation("de")!;
            draft.SetTranslation("de", german.Slug, "GEHEIMER ENTWURFSTITEL", german.Fields);
            return await db.SaveChangesAsync();
        });

        var one = await _client.GetStringAsync($"/api/hsds/services/{HsdsIds.Service("demo-schachclub-arnstadt")}");

        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", await EverythingAsync());
        Assert.DoesNotContain("GEHEIMER ENTWURFSTITEL", one);
        Assert.Contains("Schach", one);
    }

    [Fact]
    public async Task An_archived_entry_is_gone_at_once()
    {
        var id = HsdsIds.Service("demo-tischtennisverein-elgersburg");
        Assert.Contains(id, await EverythingAsync());

        await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == "demo-tischtennisverein-elgersburg");
            item.Transition(WorkflowState.Archived, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(id, await EverythingAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/hsds/services/{id}")).StatusCode);
    }

    [Fact]
    public async Task Internal_contacts_of_volunteer_initiatives_never_appear()
    {
        var initiatives = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == ContentType.VolunteerInitiative)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());
        var everything = System.Text.RegularExpressions.Regex.Unescape(await EverythingAsync());

        Assert.NotEmpty(initiatives.Where(i => i.Published is not null));
        foreach (var contact in initiatives.Select(i => (i.Published ?? i.Latest).Data.Volunteer?.InternalContact).OfType<InternalContact>())
        {
            Assert.DoesNotContain(contact.Email!, everything);
            Assert.DoesNotContain(contact.Phone!, everything);
            Assert.DoesNotContain(contact.Name!, everything);
        }
    }

    /// <summary>Every full list of the API as one text.</summary>
    private async Task<string> EverythingAsync()
    {
        var parts = new List<string>();
        foreach (var query in new[] { "services?full=true", "service_at_locations?full=true", "organizations?full=true&full_service=true" })
        {
            var path = query.Split('?')[0];
            parts.AddRange((await HsdsApi.AllAsync(_client, path, "&" + query.Split('?')[1])).Select(n => n.ToJsonString()));
        }

        return string.Join("\n", parts);
    }
}
