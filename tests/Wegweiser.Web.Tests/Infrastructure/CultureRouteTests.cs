using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Tests.Infrastructure;

/// <summary>
/// The <c>{culture:culture}</c> constraint tells the route matcher which fixed first segments can
/// never be a culture (so it does not copy every public route below <c>admin</c>, <c>konto</c> …),
/// and the addresses on both sides still reach their pages.
/// </summary>
public sealed class CultureRouteTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    [Fact]
    public void Every_fixed_first_segment_of_the_site_is_ruled_out_as_a_culture_and_every_site_culture_is_not()
    {
        // Arrange: the site's real endpoints and its constraint.
        var constraint = ActivatorUtilities.CreateInstance<CultureRouteConstraint>(site.Factory.Services);
        var cultures = site.Factory.Services.GetRequiredService<IOptions<WegweiserOptions>>().Value.SiteCultures;
        var literals = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments.FirstOrDefault() is { Parts: [RoutePatternLiteralPart literal] } ? literal.Content : null)
            .OfType<string>()
            .Distinct()
            .ToList();

        // Act
        var takenAsCulture = literals.Where(l => constraint.MatchesLiteral("culture", l)).ToList();

        // Assert
        Assert.Contains("admin", literals);
        Assert.Contains("konto", literals);
        Assert.Empty(takenAsCulture);
        Assert.Equal(7, cultures.Count);
        Assert.All(cultures, c => Assert.True(constraint.MatchesLiteral("culture", c), c));
        Assert.IsAssignableFrom<IParameterLiteralNodeMatchingPolicy>(constraint);
    }

    [Theory]
    [InlineData("/de/angebote", HttpStatusCode.OK)]
    [InlineData("/ar/suche?q=kurs", HttpStatusCode.OK)]
    [InlineData("/tr/themen/wohnen", HttpStatusCode.OK)]
    [InlineData("/konto/anmelden", HttpStatusCode.OK)]
    [InlineData("/api", HttpStatusCode.OK)]
    [InlineData("/xx/angebote", HttpStatusCode.NotFound)]
    [InlineData("/admin/angebote", HttpStatusCode.NotFound)]
    [InlineData("/konto/angebote/etwas", HttpStatusCode.NotFound)]
    public async Task Addresses_on_both_sides_of_the_culture_segment_reach_their_pages(string path, HttpStatusCode expected)
    {
        // Arrange
        var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_editor_area_still_sends_an_anonymous_visitor_to_the_sign_in_page()
    {
        // Arrange
        var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        using var response = await client.GetAsync("/admin/eintraege");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }
}
