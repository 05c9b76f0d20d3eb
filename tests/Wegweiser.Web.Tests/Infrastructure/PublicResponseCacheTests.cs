using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Feeds;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>
/// The public response cache on the real site: a cached page follows every change on the next
/// request, time-dependent text changes with the minute, signed-in and anonymous visitors never
/// get each other's pages, and repeat visitors get 304.
/// </summary>
public sealed class PublicResponseCacheTests
{
    private const string Beratung = "demo-migrationsberatung-arnstadt";

    [Fact]
    public async Task A_page_is_served_from_memory_until_a_publish_changes_it()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<PublicResponseCache>();
        // The start-up archiver may still save a change; ask until the page is stored and found.
        HttpResponseMessage first, second;
        long hits;
        var attempts = 0;
        do
        {
            first = await client.GetAsync("/de/angebote");
            cache.TakeStatistics();

            // Act
            second = await client.GetAsync("/de/angebote");
            hits = cache.TakeStatistics().Hits;
        }
        while (hits == 0 && ++attempts < 20 && await Task.Delay(100).ContinueWith(_ => true));
        await PublishServiceAsync(factory, "cache-sprechstunde", "Zwischenspeicher-Sprechstunde Ilmenau");
        var afterPublish = await client.GetStringAsync("/de/angebote?seite=999999"); // "Z…" sorts last

        // Assert
        Assert.Equal(1, hits);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.DoesNotContain("Zwischenspeicher-Sprechstunde", await first.Content.ReadAsStringAsync());
        Assert.Contains("Zwischenspeicher-Sprechstunde Ilmenau", afterPublish);
    }

    [Fact]
    public async Task An_archived_entry_disappears_on_the_next_request()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var slug = await factory.GermanSlugAsync(Beratung);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/de/angebote/{slug}")).StatusCode);
        Assert.Contains(slug, await client.GetStringAsync("/de/angebote"));
        Assert.Contains(slug, await client.GetStringAsync("/de/angebote"));

        await factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == Beratung);
            item.Transition(WorkflowState.Archived, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/de/angebote/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await client.GetStringAsync("/de/angebote"));
    }

    [Fact]
    public async Task A_renamed_town_shows_on_the_next_request()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var slug = await factory.GermanSlugAsync(Beratung);
        Assert.Contains("Arnstadt", await client.GetStringAsync($"/de/angebote/{slug}"));
        Assert.DoesNotContain("Arnstadt an der Gera", await client.GetStringAsync($"/de/angebote/{slug}"));

        await factory.QueryAsync(async db =>
        {
            var town = await db.TaxonomyTerms.SingleAsync(t => t.Taxonomy == Wegweiser.Core.Taxonomies.Taxonomy.Town && t.Key == "arnstadt");
            town.Names = new Dictionary<string, string>(town.Names) { ["de"] = "Arnstadt an der Gera" };
            return await db.SaveChangesAsync();
        });

        Assert.Contains("Arnstadt an der Gera", await client.GetStringAsync($"/de/angebote/{slug}"));
    }

    [Fact]
    public async Task Open_now_changes_at_the_minute_the_service_closes()
    {
        // Thursday, the demo service is open 9–12.
        await using var factory = new WegweiserFactory("demo", now: FixedClock.Berlin(2026, 11, 26, 11, 59));
        var client = factory.CreateClient();
        var url = $"/de/angebote/{await factory.GermanSlugAsync(Beratung)}";
        Assert.Contains("Jetzt geöffnet", await client.GetStringAsync(url));
        Assert.Contains("Jetzt geöffnet", await client.GetStringAsync(url));

        factory.Clock!.Now = FixedClock.Berlin(2026, 11, 26, 12, 0);
        var closed = await client.GetStringAsync(url);

        Assert.DoesNotContain("Jetzt geöffnet", closed);
        Assert.Contains("Öffnet am Montag um 9 Uhr", closed);
    }

    [Fact]
    public async Task A_repeat_visitor_with_the_same_etag_gets_304_and_the_headers_say_how_to_cache()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var first = await client.GetAsync("/de/kurse");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/de/kurse");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(again);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/de/kurse");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"anders\"", isWeak: true));
        var modified = await client.SendAsync(other);

        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.InRange(first.Headers.CacheControl.MaxAge!.Value.TotalSeconds, 1, 60);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.NotEmpty(await modified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/de/vereine", true)]
    [InlineData("/sitemap-de.xml", false)] // kept by SitemapDocuments, with gzip only
    public async Task Cached_pages_are_compressed_and_identical_to_the_uncompressed_page(string url, bool brotliKept)
    {
        // Arrange: the first request (gzip) stores the page; the others are served from the cache,
        // a client that takes no compression gets the stored gzip body unpacked.
        await using var factory = new WegweiserFactory("demo");
        var plain = factory.CreateClient();
        var gzip = factory.CreateDefaultClient(new DecompressingHandler(DecompressionMethods.GZip));
        var brotli = factory.CreateDefaultClient(new DecompressingHandler(brotliKept ? DecompressionMethods.Brotli : DecompressionMethods.None));

        // Act
        var fromGzip = await gzip.GetStringAsync(url);
        using var fromCache = await plain.GetAsync(url);
        var fromPlain = await fromCache.Content.ReadAsByteArrayAsync();
        var fromBrotli = await brotli.GetStringAsync(url);

        // Assert
        Assert.Empty(fromCache.Content.Headers.ContentEncoding);
        Assert.Equal(fromPlain.Length, fromCache.Content.Headers.ContentLength);
        Assert.Equal(fromGzip, System.Text.Encoding.UTF8.GetString(fromPlain));
        Assert.Equal(fromGzip, fromBrotli);
    }

    [Fact]
    public async Task A_child_sitemap_is_built_once_per_change_kept_outside_the_page_cache_and_new_after_a_publish()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<PublicResponseCache>();
        var documents = factory.Services.GetRequiredService<SitemapDocuments>();
        var first = await client.GetAsync("/sitemap-de.xml");
        var before = await first.Content.ReadAsStringAsync();
        cache.TakeStatistics();

        // Act
        var again = await SendAsync(client, "/sitemap-de.xml", ("If-None-Match", first.Headers.ETag!.ToString()));
        var repeat = await client.GetAsync("/sitemap-de.xml");
        var storedInPageCache = cache.TakeStatistics().Stored;
        var kept = documents.Count;
        await PublishServiceAsync(factory, "neu-in-der-sitemap", "Neu in der Sitemap");
        var after = await client.GetAsync("/sitemap-de.xml");

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/xml", first.Content.Headers.ContentType!.MediaType);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, repeat.Headers.ETag);
        Assert.Equal(before, await repeat.Content.ReadAsStringAsync());
        Assert.Equal(0, storedInPageCache);
        Assert.Equal(1, kept);
        Assert.DoesNotContain("/de/angebote/neu-in-der-sitemap", before);
        Assert.Contains("/de/angebote/neu-in-der-sitemap", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/sitemap-de.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/de/neu.atom")]
    [InlineData("/de/angebote")]
    public async Task A_head_request_answers_like_the_get_without_a_body(string url)
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        var get = await client.GetAsync(url);
        var body = await get.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task A_head_request_from_a_signed_in_volunteer_answers_like_the_get_without_a_body()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var volunteer = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await TestAccounts.SignInAsync(volunteer, "erika")).StatusCode);

        // Minimal-API endpoints (GET only), a Razor page, and a route the cache passes through (/sw.js).
        foreach (var url in new[] { "/sitemap-de.xml", "/de/neu.atom", "/api/suche?q=beratung&kultur=de", "/de/angebote", "/sw.js" })
        {
            using var head = await volunteer.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            var get = await volunteer.GetAsync(url);
            var body = await get.Content.ReadAsByteArrayAsync();

            Assert.True(head.StatusCode == HttpStatusCode.OK, $"{url}: {head.StatusCode}");
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Equal(body.Length, head.Content.Headers.ContentLength);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            if (url != "/sw.js")
            {
                Assert.True(head.Headers.CacheControl!.Private && head.Headers.CacheControl.NoStore, url);
            }
        }
    }

    [Fact]
    public async Task Once_the_cache_is_half_full_a_page_asked_for_once_is_served_but_kept_only_when_asked_for_again()
    {
        // Arrange: twelve detail pages, as a crawler visits them, once each, into a cache half full.
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<PublicResponseCache>();
        var urls = (await Features.TakeAlong.TakeAlongSite.CurrentAsync(factory, ContentType.Service))
            .Select(e => Wegweiser.Web.Features.Directory.DirectorySection.For(ContentType.Service).DetailUrl("de", e.Version.Translation("de")!.Slug))
            .Take(12).ToList();
        var filler = CachedResponse.FromGzip("text/plain", 5 << 20, new byte[32], new byte[5 << 20]);

        // Act: the start-up archiver may still save a change, which empties the cache; then again.
        var once = new List<HttpResponseMessage>();
        ResponseCacheStatistics crawl;
        var attempts = 0;
        do
        {
            once.Clear();
            cache.Clear(); // whatever the site rendered on its own since its start
            cache.Set("filler", filler, TimeSpan.FromHours(1));
            cache.TakeStatistics();
            foreach (var url in urls)
            {
                once.Add(await SendAsync(client, url, ("Accept-Encoding", "gzip, br")));
            }

            crawl = cache.TakeStatistics();
        }
        while (crawl.Entries != 1 && ++attempts < 20 && await Task.Delay(100).ContinueWith(_ => true));

        HttpResponseMessage repeat;
        ResponseCacheStatistics again;
        long storedAgain = 0;
        attempts = 0;
        do
        {
            await client.GetAsync(urls[0]);
            repeat = await client.GetAsync(urls[0]);
            again = cache.TakeStatistics();
            storedAgain += again.Stored;
        }
        while (again.Hits == 0 && ++attempts < 20 && await Task.Delay(100).ContinueWith(_ => true));

        // Assert: none kept, each still public with an ETag and compressed; the repeated page kept.
        Assert.Equal(12, urls.Count);
        Assert.Equal(0, crawl.Stored);
        Assert.True(crawl.Entries == 1, $"{crawl} after {attempts} attempts");
        Assert.All(once, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.True(r.Headers.CacheControl!.Public);
            Assert.NotNull(r.Headers.ETag);
            Assert.Equal("gzip", Assert.Single(r.Content.Headers.ContentEncoding));
        });
        Assert.True(storedAgain >= 1);
        Assert.True(again.Hits >= 1);
        Assert.Equal(once[0].Headers.ETag, repeat.Headers.ETag);
    }

    [Fact]
    public void Admission_keeps_everything_below_half_full_and_beyond_only_what_was_missed_before()
    {
        using var cache = new PublicResponseCache(Microsoft.Extensions.Options.Options.Create(
            new Wegweiser.Web.Infrastructure.WegweiserOptions { ResponseCache = { SizeLimitMegabytes = 2 } }));

        var whileEmpty = cache.Admit("/de/angebote/a");
        cache.Set("filler", CachedResponse.FromGzip("text/plain", 1 << 20, new byte[32], new byte[(1 << 20) + 1000]), TimeSpan.FromHours(1));
        var firstWhenHalfFull = cache.Admit("/de/angebote/b");
        var secondWhenHalfFull = cache.Admit("/de/angebote/b");
        var otherWhenHalfFull = cache.Admit("/de/angebote/c");

        Assert.True(whileEmpty);
        Assert.False(firstWhenHalfFull);
        Assert.True(secondWhenHalfFull);
        Assert.False(otherWhenHalfFull);
    }

    [Fact]
    public async Task With_store_on_first_request_a_page_is_kept_at_once()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:ResponseCache:StoreOnFirstRequest"] = "true" });
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<PublicResponseCache>();
        cache.TakeStatistics();

        await client.GetAsync("/de/angebote?seite=2");

        Assert.Equal(1, cache.TakeStatistics().Stored);
    }

    [Fact]
    public async Task Sitemaps_kept_for_many_host_names_stay_bounded()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var documents = factory.Services.GetRequiredService<SitemapDocuments>();

        var hosts = Enumerable.Range(1, SitemapDocuments.MaxKept + 6).Select(i => $"host{i}.example").ToList();
        var counts = new List<int>();
        var lastBody = "";
        foreach (var host in hosts)
        {
            var response = await SendAsync(client, "/sitemap-de.xml", ("Host", host));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            lastBody = await response.Content.ReadAsStringAsync();
            counts.Add(documents.Count);
        }

        // Each host name has its own absolute addresses, so its own document: one more each time,
        // until the bound (or a change on the site) drops the set and it starts again at one.
        Assert.Contains($"http://{hosts[^1]}/de/", lastBody);
        Assert.True(counts.Max() > 1, string.Join(",", counts));
        Assert.All(counts, c => Assert.InRange(c, 1, SitemapDocuments.MaxKept));
        Assert.All(counts.Zip(counts.Skip(1)), pair => Assert.True(pair.Second == pair.First + 1 || pair.Second == 1, string.Join(",", counts)));
        Assert.Contains(1, counts.Skip(1));
    }

    [Fact]
    public async Task The_root_redirect_is_cached_per_negotiated_language()
    {
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string> { ["Wegweiser:Cultures:0"] = "de", ["Wegweiser:Cultures:1"] = "ar" });
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var arabic = await SendAsync(client, "/", ("Accept-Language", "ar"));
        var german = await SendAsync(client, "/", ("Accept-Language", "de-DE,de;q=0.9"));
        var arabicAgain = await SendAsync(client, "/", ("Accept-Language", "ar-SY"));

        Assert.Equal("/ar/", arabic.Headers.Location!.OriginalString);
        Assert.Equal("/de/", german.Headers.Location!.OriginalString);
        Assert.Equal("/ar/", arabicAgain.Headers.Location!.OriginalString);
        Assert.Contains("Accept-Language", arabic.Headers.Vary);
    }

    [Fact]
    public async Task A_missing_page_is_cached_as_404_until_it_exists()
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/de/angebote/bald-da")).StatusCode);
        var cached = await client.GetAsync("/de/angebote/bald-da");

        await PublishServiceAsync(factory, "bald-da", "Bald da");

        Assert.Equal(HttpStatusCode.NotFound, cached.StatusCode);
        Assert.Contains("nicht gefunden", await cached.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de/angebote/bald-da")).StatusCode);
    }

    [Theory]
    [InlineData("/konto/anmelden")]
    [InlineData("/konto/passwort-vergessen")]
    [InlineData("/admin")]
    public async Task Account_and_staff_pages_are_private_and_never_stored(string url)
    {
        await using var factory = new WegweiserFactory("demo");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.True(response.Headers.CacheControl!.Private, url);
        Assert.True(response.Headers.CacheControl.NoStore, url);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_page_with_a_form_token_is_rendered_for_every_visitor()
    {
        await using var factory = new WegweiserFactory("demo");
        var initiative = await factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == ContentType.VolunteerInitiative)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync());
        var slug = initiative.First(i => i.Published is not null).Published!.Translation("de")!.Slug;
        var url = $"/de/ehrenamt/{slug}/anfrage";

        var first = await factory.CreateClient().GetAsync(url);
        var second = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("__RequestVerificationToken", await first.Content.ReadAsStringAsync());
        Assert.NotEqual(Token(await first.Content.ReadAsStringAsync()), Token(await second.Content.ReadAsStringAsync()));
        Assert.True(second.Headers.CacheControl!.NoStore);
        Assert.True(second.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task A_signed_in_volunteer_and_an_anonymous_visitor_never_get_each_others_pages()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var volunteer = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await TestAccounts.SignInAsync(volunteer, "erika")).StatusCode);
        var anonymous = factory.CreateClient();
        var item = await factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == ContentType.VolunteerInitiative)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync());
        var published = item.First(i => i.Published?.Data.Volunteer?.InternalContact?.Email is not null).Published!;
        var detail = $"/de/ehrenamt/{published.Translation("de")!.Slug}";
        var email = published.Data.Volunteer!.InternalContact!.Email!;

        // Signed in first, then anonymous; then the other way round.
        var signedInFirst = await volunteer.GetAsync(detail);
        var anonymousAfter = await anonymous.GetStringAsync(detail);
        var anonymousFirst = await anonymous.GetStringAsync(detail);
        var signedInAfter = await volunteer.GetAsync(detail);
        var anonymousList = await anonymous.GetAsync("/de/ehrenamt");
        var signedInList = await volunteer.GetAsync("/de/ehrenamt");

        Assert.Contains(email, System.Net.WebUtility.HtmlDecode(await signedInFirst.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(email, System.Net.WebUtility.HtmlDecode(anonymousAfter));
        Assert.DoesNotContain(email, System.Net.WebUtility.HtmlDecode(anonymousFirst));
        Assert.Contains(email, System.Net.WebUtility.HtmlDecode(await signedInAfter.Content.ReadAsStringAsync()));
        Assert.True(signedInAfter.Headers.CacheControl!.Private && signedInAfter.Headers.CacheControl.NoStore);
        Assert.True(anonymousList.Headers.CacheControl!.Public);
        Assert.True(signedInList.Headers.CacheControl!.Private && signedInList.Headers.CacheControl.NoStore);
    }

    [Fact]
    public void Every_route_that_needs_a_sign_in_is_private_in_the_cache_rules()
    {
        using var factory = new WegweiserFactory("demo");
        factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var leaking = endpoints
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 || e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.RoutePattern.RawText?.StartsWith("admin", StringComparison.Ordinal) == true)
            .Select(e => "/" + e.RoutePattern.RawText)
            .Where(p => ResponseCacheRules.ScopeOf(new PathString(p)) != CacheScope.Private)
            .ToList();

        Assert.Empty(leaking);
        Assert.Equal(CacheScope.Public, ResponseCacheRules.ScopeOf("/de/angebote"));
        Assert.Equal(CacheScope.Public, ResponseCacheRules.ScopeOf("/administration-der-stadt"));
        Assert.Equal(CacheScope.Private, ResponseCacheRules.ScopeOf("/rueckmeldung/abc"));
        Assert.Equal(CacheScope.PassThrough, ResponseCacheRules.ScopeOf("/healthz"));
    }

    /// <summary>Publishes a new service through the site's own database context (as an editor's save does).</summary>
    private static Task<int> PublishServiceAsync(WegweiserFactory factory, string slug, string title) => factory.QueryAsync(db =>
    {
        var item = ContentItem.Create(ContentType.Service, "test-" + slug, DateTime.UtcNow, "test");
        item.Latest.SetTranslation("de", slug, title, new Dictionary<string, string> { ["summary"] = "Nur für diesen Test." });
        item.Latest.UpdateDerived(item.Type);
        item.Transition(WorkflowState.Published, DateTime.UtcNow);
        db.ContentItems.Add(item);
        return db.SaveChangesAsync();
    });

    private static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private sealed class DecompressingHandler(DecompressionMethods methods) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // None: a client that takes Brotli only, of a response kept without a Brotli copy: it gets the plain body.
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(methods == DecompressionMethods.GZip ? "gzip" : "br"));
            var response = await base.SendAsync(request, cancellationToken);
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            Assert.Equal(methods switch { DecompressionMethods.GZip => "gzip", DecompressionMethods.Brotli => "br", _ => null }, encoding);
            if (encoding is null)
            {
                return response;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var input = new MemoryStream(bytes);
            using Stream unpacked = encoding == "gzip" ? new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress) : new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            await unpacked.CopyToAsync(output, cancellationToken);
            var content = new ByteArrayContent(output.ToArray());
            content.Headers.ContentType = response.Content.Headers.ContentType;
            response.Content = content;
            return response;
        }
    }
}
