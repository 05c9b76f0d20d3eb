using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>No mailto: link carries more than one plain address: not in editor text, not from stored contact data.</summary>
public class HtmlRendererTests
{
    [Theory]
    [InlineData("[Schreiben](mailto:a@b.de?bcc=x@evil.example)")]
    [InlineData("[Schreiben](mailto:a@b.de?bcc=x%40evil.example)")]
    [InlineData("[Schreiben](mailto:a@b.de%0D%0ABcc:x@evil.example)")]
    [InlineData("<mailto:a@b.de?cc=x@evil.example>")]
    public void Editor_text_cannot_make_a_mailto_link_with_extra_headers(string markdown)
    {
        var links = new HtmlParser().ParseDocument(Render(markdown)).QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")!).ToList();

        Assert.All(links, href => Assert.DoesNotContain("evil", href));
        Assert.All(links, href => Assert.DoesNotContain("?", href));
        Assert.All(links, href => Assert.DoesNotContain("%0D", href, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_plain_mailto_link_stays()
    {
        Assert.Contains("href=\"mailto:info@amt.example\"", Render("[Schreiben](mailto:info@amt.example)"));
    }

    [Fact]
    public async Task A_stored_email_address_with_extra_headers_is_not_shown_as_a_link()
    {
        await using var factory = new WegweiserFactory("demo");
        var slug = await factory.GermanSlugAsync("demo-migrationsberatung-arnstadt");
        await factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == "demo-migrationsberatung-arnstadt");
            item.Published!.Data.Contact = new ContactData { Email = "info@amt.example?bcc=x%40evil.example", Phone = "+49 3628 1" };
            db.Entry(item.Published).Property(v => v.Data).IsModified = true;
            return await db.SaveChangesAsync();
        });

        var page = await EditorSite.Client(factory).GetStringAsync($"/de/angebote/{slug}");

        Assert.DoesNotContain("evil.example", page);
        Assert.DoesNotContain("mailto:", page);
    }

    private static string Render(string markdown)
    {
        using var writer = new StringWriter();
        new HtmlRenderer().Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
