using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.TakeAlong;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

/// <summary>Drafts and volunteers' internal contacts never reach a file, card or QR code.</summary>
public class NoLeakTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private static readonly string[] Files = ["kontakt.vcf", "kalender.ics", "qr.svg", "karte"];

    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Drafts_and_entries_in_review_have_no_files_in_any_culture_slug()
    {
        var drafts = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Key.StartsWith("demo-entwurf-"))
            .Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync());
        Assert.True(drafts.Count >= 3);

        foreach (var draft in drafts)
        {
            Assert.Null(draft.Published);
            foreach (var translation in draft.Latest.Translations)
            {
                foreach (var file in Files)
                {
                    var url = $"{DirectorySection.For(draft.Type).DetailUrl("de", translation.Slug)}/{file}";

                    var response = await _client.GetAsync(url);

                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
                }
            }
        }
    }

    [Fact]
    public async Task No_file_or_card_of_any_published_entry_holds_an_internal_contact_or_a_draft()
    {
        // Arrange: everything that must never be seen, and every file the public can fetch.
        var all = await site.Factory.QueryAsync(db => db.ContentItems
            .Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync());
        var secrets = all.SelectMany(i => i.Versions)
            .Select(v => v.Data.Volunteer?.InternalContact)
            .OfType<InternalContact>()
            // A phone number also in the form a contact file would write it.
            .SelectMany(c => new[] { c.Name, c.Phone, c.Email, TelephoneUri.From(c.Phone) })
            .OfType<string>()
            .ToList();
        var draftTexts = all.Where(i => i.Key.StartsWith("demo-entwurf-"))
            .SelectMany(i => i.Latest.Translations)
            .SelectMany(t => new[] { t.Title, t.Slug })
            .ToList();
        Assert.NotEmpty(secrets);
        Assert.NotEmpty(draftTexts);
        var published = all.Where(i => i.Published is not null && i.Type is not (ContentType.Page or ContentType.GlossaryTerm)).ToList();
        var fetched = 0;

        foreach (var item in published)
        {
            foreach (var file in Files)
            {
                // Act
                var response = await _client.GetAsync($"{TakeAlongSite.DetailPath(item.Type, item.Published!)}/{file}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                fetched++;
                // Unfolded, unescaped and HTML-decoded ("+" is "&#x2B;" in a page), so nothing hides behind its encoding.
                var text = WebUtility.HtmlDecode(TakeAlongSite.Unfold(await response.Content.ReadAsStringAsync()).Replace("\\", ""));

                // Assert
                foreach (var secret in secrets.Concat(draftTexts))
                {
                    Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{item.Key}/{file} contains '{secret}'");
                }
            }
        }

        Assert.True(fetched > published.Count * 2, $"only {fetched} files fetched");
    }

    [Fact]
    public async Task A_volunteer_initiative_card_shows_only_public_data()
    {
        var item = await TakeAlongSite.ItemAsync(site.Factory, "demo-begleitung-zu-aemtern-ilmenau");
        var contact = item.Published!.Data.Volunteer!.InternalContact!;

        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"{TakeAlongSite.DetailPath(item.Type, item.Published)}/karte"));

        Assert.Contains(item.Published.Translation("de")!.Title, html);
        Assert.DoesNotContain(item.Published.Data.Addresses[0].Street!, html); // the detail page hides it too
        Assert.DoesNotContain(contact.Phone!, html);
        Assert.DoesNotContain(contact.Email!, html);
        Assert.DoesNotContain(contact.Name!, html);
        Assert.DoesNotContain("Telefon", html);
    }
}
