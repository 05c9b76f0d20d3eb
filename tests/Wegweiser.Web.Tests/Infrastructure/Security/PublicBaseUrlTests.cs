using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.TakeAlong;
using Wegweiser.Web.Tests.Features.Setup;
using Wegweiser.Web.Tests.Features.TakeAlong;

namespace Wegweiser.Web.Tests.Infrastructure.Security;

/// <summary>
/// Every absolute address the site writes comes from <c>Wegweiser:PublicBaseUrl</c>, never from the
/// request's Host header; outside Development the site does not start without it.
/// </summary>
public class PublicBaseUrlTests
{
    private const string PublicBase = "https://wegweiser.example.org";

    [Fact]
    public async Task The_site_refuses_to_start_outside_Development_without_a_public_address()
    {
        var folder = Directory.CreateTempSubdirectory("wegweiser-web-").FullName;

        var (exitCode, output) = await CommandLineProcess.RunAsync(folder, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Urls"] = "http://127.0.0.1:0",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Die Einstellung Wegweiser:PublicBaseUrl fehlt", output);
        Assert.Contains("The setting Wegweiser:PublicBaseUrl is missing", output);
    }

    [Fact]
    public async Task A_mistyped_public_address_stops_the_start_with_a_message_naming_the_setting()
    {
        var folder = Directory.CreateTempSubdirectory("wegweiser-web-").FullName;

        var (exitCode, output) = await CommandLineProcess.RunAsync(folder, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Urls"] = "http://127.0.0.1:0",
            ["Wegweiser__PublicBaseUrl"] = "wegweiser.example.org",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Die Einstellung Wegweiser:PublicBaseUrl ist keine gültige Adresse", output);
        Assert.Contains("Wegweiser:PublicBaseUrl must be an absolute http or https address", output);
    }

    [Fact]
    public async Task Take_along_files_feeds_and_links_carry_the_public_address_whatever_the_Host_header()
    {
        // Arrange
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null,
            new Dictionary<string, string> { ["Wegweiser:PublicBaseUrl"] = PublicBase + "/" });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        var (_, course) = (await TakeAlongSite.CurrentAsync(factory, ContentType.Course)).First(e => e.Version.Data.HasPublicContact);
        var (_, eventEntry) = (await TakeAlongSite.CurrentAsync(factory, ContentType.Event)).First(e => e.Version.Data.Event?.Starts is not null);
        var courseUrl = TakeAlongSite.DetailPath(ContentType.Course, course);
        var eventUrl = TakeAlongSite.DetailPath(ContentType.Event, eventEntry);

        // Act
        var outputs = new Dictionary<string, string>
        {
            ["vCard"] = TakeAlongSite.Unfold(await client.GetStringAsync($"{courseUrl}/{TakeAlongLinks.VCardSegment}")),
            ["iCal"] = TakeAlongSite.Unfold(await client.GetStringAsync($"{eventUrl}/{TakeAlongLinks.CalendarSegment}")),
            ["QR"] = await client.GetStringAsync($"{courseUrl}/{TakeAlongLinks.QrCodeSegment}"),
            ["detail"] = await client.GetStringAsync(courseUrl),
            ["sitemap"] = await client.GetStringAsync("/sitemap-de.xml"),
            ["feed"] = await client.GetStringAsync("/de/neu.atom"),
            ["robots"] = await client.GetStringAsync("/robots.txt"),
        };

        // Assert
        foreach (var (name, text) in outputs)
        {
            Assert.True(text.Contains(PublicBase + "/", StringComparison.Ordinal), $"{name} does not name {PublicBase}");
            Assert.False(text.Contains("evil.example", StringComparison.Ordinal), $"{name} names the forged host");
        }

        Assert.Contains($"URL:{PublicBase}{courseUrl}", outputs["vCard"]);
        Assert.Contains($"@wegweiser.example.org", outputs["iCal"]);
    }

    [Fact]
    public async Task The_way_to_the_sign_in_never_names_the_Host_header()
    {
        await using var factory = new WegweiserFactory("blank");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://evil.example") });

        var response = await client.GetAsync("/admin/eintraege");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/anmelden?ReturnUrl=%2Fadmin%2Feintraege", response.Headers.Location!.OriginalString);
    }
}
