using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>
/// A real iCalendar server on loopback (Kestrel) for the calendar tests: the fixture files under
/// <c>/kal/&lt;name&gt;.ics</c> (with <c>{Y}</c> replaced by next year), calendars a test changes
/// (<see cref="Calendars"/>, under <c>/var/&lt;name&gt;</c>), a huge calendar with and without a
/// length, a slow one, and redirects.
/// </summary>
public sealed class IcsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IcsServer(WebApplication app) => _app = app;

    /// <summary>The year the fixtures' dates are in: next year, so they are always ahead.</summary>
    public static int Year => DateTime.UtcNow.Year + 1;

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public string Url { get; private set; } = "";

    public ConcurrentDictionary<string, string> Calendars { get; } = new();

    /// <summary>How often each path was requested.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Calendars", "Fixtures", name))
            .Replace("{Y}", Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static async Task<IcsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new IcsServer(app);
        app.Use((http, next) =>
        {
            server.Hits.AddOrUpdate(http.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            return next(http);
        });
        app.MapGet("/kal/{name}", (string name) => Results.Text(Fixture(name), "text/calendar; charset=utf-8"));
        app.MapGet("/var/{name}", (string name) => server.Calendars.TryGetValue(name, out var text)
            ? Results.Text(text, "text/calendar; charset=utf-8") : Results.NotFound());
        app.MapGet("/gross", (HttpContext http) => HugeAsync(http, withLength: false));
        app.MapGet("/gross-mit-laenge", (HttpContext http) => HugeAsync(http, withLength: true));
        app.MapGet("/langsam", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Results.Text(Fixture("einfach.ics"), "text/calendar");
        });
        app.MapGet("/weiter", (string ziel) => Results.Redirect(ziel));
        app.MapGet("/kreis/{n:int}", (int n) => Results.Redirect($"/kreis/{n + 1}"));
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>Three megabytes of calendar, sent in pieces; with or without a Content-Length header.</summary>
    private static async Task HugeAsync(HttpContext http, bool withLength)
    {
        const int size = 3 * 1024 * 1024;
        http.Response.ContentType = "text/calendar";
        if (withLength)
        {
            http.Response.ContentLength = size;
        }

        var line = Encoding.ASCII.GetBytes("X-FILLER:" + new string('x', 1013) + "\r\n"); // 1 KB a line
        for (var sent = 0; sent < size; sent += line.Length)
        {
            await http.Response.Body.WriteAsync(line.AsMemory(0, Math.Min(line.Length, size - sent)), http.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
