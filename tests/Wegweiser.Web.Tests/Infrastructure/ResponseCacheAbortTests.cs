using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>
/// A visitor who hangs up while a public file is rendered: the endpoint's write is cancelled, a
/// writer that swallows the cancellation leaves the status at 200 over an empty body. The cache
/// must not keep that answer for everybody else (a 10k-site soak once found an empty
/// /sitemap.xml served for the rest of the day; files are kept per day).
/// </summary>
public sealed class ResponseCacheAbortTests
{
    private static readonly byte[] Sitemap = "<?xml version=\"1.0\"?><sitemapindex/>"u8.ToArray();

    [Fact]
    public async Task A_response_cut_short_by_a_visitor_who_hung_up_is_not_kept()
    {
        // Arrange: the middleware as the site builds it, in front of an endpoint that writes like
        // Results.Bytes (Content-Length first, then the body with the request's token).
        var options = Options.Create(new WegweiserOptions());
        using var cache = new PublicResponseCache(options);
        var rendered = 0;
        var middleware = new PublicResponseCacheMiddleware(
            async context =>
            {
                rendered++;
                context.Response.ContentType = "application/xml; charset=utf-8";
                context.Response.ContentLength = Sitemap.Length;
                try
                {
                    await context.Response.BodyWriter.WriteAsync(Sitemap, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // Nobody is listening any more.
                }
            },
            cache, new PublicQuery(), new ContentChangeSignal(), TimeProvider.System, new SiteClock(TimeProvider.System, options), options);
        using var hungUp = new CancellationTokenSource();
        await hungUp.CancelAsync();

        // Act
        await middleware.InvokeAsync(Request(hungUp.Token));
        var next = Request(CancellationToken.None);
        await middleware.InvokeAsync(next);
        var again = Request(CancellationToken.None);
        await middleware.InvokeAsync(again);

        // Assert: rendered again for the next visitor, then kept and served whole.
        Assert.Equal(2, rendered);
        Assert.Equal(Sitemap, Body(next));
        Assert.Equal(Sitemap, Body(again));
        Assert.Equal(Sitemap.Length, again.Response.ContentLength);
    }

    private static DefaultHttpContext Request(CancellationToken aborted)
    {
        var context = new DefaultHttpContext { RequestAborted = aborted };
        context.Request.Method = "GET";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("wegweiser.test");
        context.Request.Path = "/sitemap.xml";
        context.Request.Headers.AcceptEncoding = "identity";
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static byte[] Body(HttpContext context) => ((MemoryStream)context.Response.Body).ToArray();
}
