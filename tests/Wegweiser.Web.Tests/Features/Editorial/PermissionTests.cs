using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>
/// Every role (and no account) against every endpoint of the admin area, GET and POST: the server
/// refuses what the role may not do, whatever the page shows. A provider is linked to the language
/// school and may touch only its entries. A further test checks that the table names every admin
/// route the site has, so a new page cannot be left out.
/// </summary>
public class PermissionTests(PermissionTests.Site site) : IClassFixture<PermissionTests.Site>
{
    private const string Other = "demo-chor-ilmenau";
    private const string Own = "demo-integrationskurs-a1-arnstadt";
    private const string Anonymous = "Anonymous";

    public sealed class Site : IAsyncLifetime
    {
        public WegweiserFactory Factory { get; } = new("demo");

        public Dictionary<string, HttpClient> Clients { get; } = [];

        /// <summary>The id of the first administrator's account, for the account pages.</summary>
        public string AdminId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Factory.CreateClient();
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                // Round 1, for the review-round pages.
                var planner = scope.ServiceProvider.GetRequiredService<Wegweiser.Web.Features.ReviewRounds.ReviewRoundPlanner>();
                var plan = new Wegweiser.Web.Features.ReviewRounds.ReviewRoundPlanner.Plan(
                    [new("anbieter@example.org", null, [Other])], []);
                await planner.CreateAsync("Prüfrunde Rechte", plan, 6, 14, "test", default);
            }

            AdminId = await Factory.QueryAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());
            Clients[Anonymous] = EditorSite.Client(Factory);
            foreach (var role in Roles.All)
            {
                Clients[role] = role == Roles.Provider
                    ? await EditorSite.SignedInAsync(Factory, "anbieter", role, "demo-sprachschule-arnstadt")
                    : await EditorSite.SignedInAsync(Factory, role.ToLowerInvariant(), role);
            }
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private static readonly string[] Staff = [Roles.Administrator, Roles.Publisher, Roles.Editor];
    private static readonly string[] Publishers = [Roles.Administrator, Roles.Publisher];
    private static readonly string[] Area = [Roles.Administrator, Roles.Publisher, Roles.Editor, Roles.Provider];
    private static readonly string[] Everyone = [Anonymous, .. Roles.All];
    private static readonly string[] Administrators = [Roles.Administrator];
    private static readonly string[] Translation = [Roles.Administrator, Roles.Publisher, Roles.Editor, Roles.Translator];

    /// <summary>(method, url, who may) for every endpoint; POSTs carry harmless or invalid input.</summary>
    private static readonly (string Method, string Url, string[] Allowed)[] Endpoints =
    [
        ("GET", "/admin/eintraege", Area),
        ("GET", "/admin/eintraege/neu?typ=Service", Area),
        ("GET", "/admin/eintraege/neu?typ=Organisation", Staff),
        ("GET", $"/admin/eintraege/{Other}", Staff),
        ("GET", $"/admin/eintraege/{Other}/verlauf", Staff),
        ("GET", $"/admin/eintraege/{Other}/vergleich?von=1&bis=1", Staff),
        ("GET", $"/admin/eintraege/{Other}/vorschau", Staff),
        ("GET", $"/admin/eintraege/{Own}", Area),
        ("GET", $"/admin/eintraege/{Own}/verlauf", Area),
        ("GET", $"/admin/eintraege/{Own}/vorschau", Area),
        ("POST", "/admin/eintraege?handler=Bulk", Area),
        ("POST", "/admin/eintraege/neu?typ=Service", Area),
        ("POST", "/admin/eintraege/neu?typ=Page", Staff),
        ("POST", $"/admin/eintraege/{Other}", Staff),
        ("POST", $"/admin/eintraege/{Other}?handler=Submit", Staff),
        ("POST", $"/admin/eintraege/{Other}?handler=Restore", Staff),
        ("POST", $"/admin/eintraege/{Other}?handler=Publish", Publishers),
        ("POST", $"/admin/eintraege/{Other}?handler=SendBack", Publishers),
        ("POST", $"/admin/eintraege/{Other}?handler=Archive", Publishers),
        ("POST", $"/admin/eintraege/{Other}?handler=Schedule", Publishers),
        ("POST", $"/admin/eintraege/{Other}?handler=CancelSchedule", Publishers),
        ("POST", $"/admin/eintraege/{Own}", Area),
        ("POST", $"/admin/eintraege/{Own}?handler=Restore", Area),
        ("POST", $"/admin/eintraege/{Own}?handler=Publish", Publishers),
        ("POST", $"/admin/eintraege/{Own}?handler=SendBack", Publishers),
        ("POST", $"/admin/eintraege/{Own}?handler=Archive", Publishers),
        ("POST", $"/admin/eintraege/{Own}?handler=Schedule", Publishers),
        ("GET", "/admin/eintraege/demo-sprachschule-arnstadt/kalender", Staff),
        ("POST", "/admin/eintraege/demo-sprachschule-arnstadt/kalender?handler=Add", Staff),
        ("POST", "/admin/eintraege/demo-sprachschule-arnstadt/kalender?handler=Remove", Staff),
        ("POST", "/admin/eintraege/demo-sprachschule-arnstadt/kalender?handler=Fetch", Staff),
        ("GET", "/admin", Staff),
        ("POST", "/admin?handler=Confirm", Staff),
        ("GET", "/admin/moderation", Staff),
        ("POST", "/admin/moderation?handler=Approve", Publishers),
        ("POST", "/admin/moderation?handler=SendBack", Publishers),
        ("POST", "/admin/moderation?handler=Reject", Publishers),
        ("POST", "/admin/moderation?handler=PublishDraft", Publishers),
        ("POST", "/admin/moderation?handler=SendBackDraft", Publishers),
        ("POST", "/admin/moderation?handler=RejectDraft", Publishers),
        ("GET", "/admin/vorschlaege", Staff),
        ("POST", "/admin/vorschlaege?handler=Accept", Staff),
        ("POST", "/admin/vorschlaege?handler=Reject", Staff),
        ("GET", "/admin/medien", Area),
        ("POST", "/admin/medien", Area),
        ("GET", "/admin/uebersetzungen", Translation),
        // The translator of the fixture has no languages, so Arabic is not theirs.
        ("GET", "/admin/uebersetzungen/anonymer-krankenschein/ar", Staff),
        ("POST", "/admin/uebersetzungen/anonymer-krankenschein/ar", Staff),
        ("POST", "/admin/uebersetzungen/anonymer-krankenschein/ar?handler=Suggest", Staff),
        ("GET", "/admin/uebersetzungen/namen", Translation),
        ("GET", "/admin/uebersetzungen/namen/ar", Translation),
        ("POST", "/admin/uebersetzungen/namen/ar", Publishers),
        ("GET", "/admin/uebersetzungen/vorschlagen", Publishers),
        ("GET", "/admin/uebersetzungen/vorschlagen?handler=Status", Publishers),
        ("POST", "/admin/uebersetzungen/vorschlagen", Publishers),
        ("GET", "/admin/verstaendlichkeit", Staff),
        ("POST", "/admin/verstaendlichkeit/pruefen", [.. Area, Roles.Translator]),
        ("GET", "/admin/tabellen", Staff),
        ("GET", "/admin/tabellen?handler=Export&typ=Service&format=csv", Staff),
        ("POST", "/admin/tabellen", Staff),
        // An upload's preview is its uploader's only; a token nobody has is not found (404) for staff.
        ("POST", "/admin/tabellen/vorschau/0000000000000000000000000000000000000000000000000000000000000000", Staff),
        ("GET", "/admin/suchindex", Administrators),
        ("GET", "/admin/suchindex?handler=Status", Administrators),
        ("POST", "/admin/suchindex", Administrators),
        ("GET", "/admin/pruefrunden", Publishers),
        ("POST", "/admin/pruefrunden", Publishers),
        ("GET", "/admin/pruefrunden/1", Publishers),
        ("GET", "/admin/pruefrunden/1?handler=Status", Publishers),
        ("POST", "/admin/pruefrunden/1?handler=Send", Publishers),
        ("GET", "/admin/kontaktanfragen", Staff),
        ("POST", "/admin/kontaktanfragen?handler=PassOn", Staff),
        ("GET", "/admin/ansprueche", Publishers),
        ("POST", "/admin/ansprueche?handler=Approve", Publishers),
        ("POST", "/admin/ansprueche?handler=Reject", Publishers),
        ("GET", "/admin/anbieter", [Roles.Provider]),
        ("POST", "/admin/anbieter?handler=Confirm", [Roles.Provider]),
        ("POST", "/admin/anbieter?handler=Invite", [Roles.Provider]),
        ("POST", "/admin/anbieter?handler=Remove", [Roles.Provider]),
        ("GET", "/admin/konten", Administrators),
        ("GET", "/admin/konten/neu", Administrators),
        ("POST", "/admin/konten/neu", Administrators),
        // {admin} is the first administrator's account (not one of the clients').
        ("GET", "/admin/konten/{admin}", Administrators),
        ("POST", "/admin/konten/{admin}?handler=Role", Administrators),
        ("POST", "/admin/konten/{admin}?handler=Organisations", Administrators),
        ("POST", "/admin/konten/{admin}?handler=ResetTwoFactor", Administrators),
        ("POST", "/admin/konten/{admin}?handler=Disable", Administrators),
        ("POST", "/admin/konten/{admin}?handler=Enable", Administrators),
    ];

    public static TheoryData<string, string, string, bool> Table()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var (method, url, allowed) in Endpoints)
        {
            foreach (var who in Everyone)
            {
                data.Add(who, method, url, allowed.Contains(who));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Each_role_may_do_only_what_it_is_allowed_to(string who, string method, string url, bool allowed)
    {
        var client = site.Clients[who];
        url = url.Replace("{admin}", site.AdminId, StringComparison.Ordinal);

        HttpResponseMessage response;
        if (method == "GET")
        {
            response = await client.GetAsync(url);
        }
        else
        {
            // A token from a page everyone may open; the bodies are harmless (no keys, no text, version 0).
            var token = await TestAccounts.TokenAsync(client, $"/de/vereine/{await site.Factory.GermanSlugAsync("demo-schachclub-arnstadt")}/fehler-melden");
            response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["version"] = "0",
                ["id"] = "0",
            }));
        }

        if (allowed)
        {
            Assert.False(EditorSite.IsDenied(response), $"{who} was refused {method} {url}");
            Assert.True((int)response.StatusCode < 500, $"{who} {method} {url}: {(int)response.StatusCode}");
            if (method == "GET")
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
        else
        {
            EditorSite.AssertDenied(response);
        }
    }

    [Fact]
    public void The_table_covers_every_admin_route()
    {
        var routes = site.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(r => r.TrimStart('/').StartsWith("admin", StringComparison.Ordinal))
            .Where(r => !System.Text.RegularExpressions.Regex.IsMatch(r, @"\.(js|css)$")) // static files, public anyway
            .Distinct()
            .ToList();
        Assert.NotEmpty(routes);

        var missing = routes.Where(route =>
        {
            var pattern = "^/" + System.Text.RegularExpressions.Regex.Replace(route.TrimStart('/'), @"/?\{[^}]+\?\}", "(/[^/?]+)?");
            pattern = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "[^/?]+") + @"(\?.*)?$";
            return !Endpoints.Any(e => System.Text.RegularExpressions.Regex.IsMatch(e.Url, pattern));
        }).ToList();

        Assert.True(missing.Count == 0, "Admin routes without permission rows: " + string.Join(", ", missing));
    }
}
