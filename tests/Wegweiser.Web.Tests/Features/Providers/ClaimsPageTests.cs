using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Providers;

/// <summary>The staff's claims page: a claim whose email link ran out says so and no longer counts as waiting.</summary>
public class ClaimsPageTests
{
    [Fact]
    public async Task A_claim_whose_link_expired_shows_link_abgelaufen_and_does_not_count_as_waiting()
    {
        // Arrange: a claim whose link went to the entry's address
        await using var factory = ProviderSite.Create("sqlite");
        await ProviderSite.SetAddressAsync(factory, ProviderSite.Service, ProviderSite.UniqueAddress("stelle"));
        var visitor = ProviderSite.Client(factory);
        var slug = await factory.GermanSlugAsync(ProviderSite.Service);
        var sent = await ProviderSite.ClaimAsync(visitor, $"/de/angebote/{slug}/uebernehmen", "Erika Muster", ProviderSite.UniqueAddress("leiterin"));
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);

        // Act: before and after the link's expiry (set in the database, as time passing would)
        var before = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin/ansprueche"));
        await factory.QueryAsync(async db =>
        {
            var claim = await db.EntryClaims.SingleAsync();
            claim.TokenExpiresUtc = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var after = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin/ansprueche"));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(EntryClaimState.AwaitingConfirmation, await factory.QueryAsync(db => db.EntryClaims.Select(c => c.State).SingleAsync()));
        Assert.Contains("Link an die Adresse des Eintrags verschickt", before);
        Assert.Contains("Wartende Ansprüche: 1.", before);
        Assert.DoesNotContain("Link abgelaufen", before);
        Assert.Contains("Link abgelaufen", after);
        Assert.Contains("Wartende Ansprüche: 0.", after);
        Assert.DoesNotContain("Link an die Adresse des Eintrags verschickt", after);
    }
}
