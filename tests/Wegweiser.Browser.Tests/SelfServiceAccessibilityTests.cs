using System.Security.Claims;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Registrations;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Providers;
using Wegweiser.Web.Features.Registration;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// The pages of issue 17 that need a link or an account to reach: the registration's confirmation
/// page (de, ar), a claim's confirmation page, and the provider's start page, without axe violations.
/// </summary>
public class SelfServiceAccessibilityTests(BrowserSiteFixture site) : IClassFixture<BrowserSiteFixture>
{
    [Theory]
    [InlineData("de", 375)]
    [InlineData("ar", 1280)]
    public async Task The_registrations_confirmation_page_has_no_axe_violations(string culture, int width)
    {
        var (token, hash) = RegistrationTokens.Create();
        await site.Factory.QueryAsync(db =>
        {
            db.Registrations.Add(new Registration
            {
                Type = ContentType.Club, Culture = culture, Title = "Schachfreunde Gehren", ContactName = "Erika Muster",
                ContactEmail = "erika@example.org", TokenHash = hash, CreatedUtc = DateTime.UtcNow, ExpiresUtc = DateTime.UtcNow.AddHours(48),
                State = RegistrationState.Unconfirmed,
            });
            return db.SaveChangesAsync();
        });
        var page = await site.NewPageAsync(width);

        var response = await page.GotoAsync($"{site.BaseUrl}/{culture}/eintragen/bestaetigen/{token}");
        var result = await page.RunAxe();

        Assert.Equal(200, response!.Status);
        Assert.True(result.Violations.Length == 0, StaffPages.Describe(result));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_claims_confirmation_page_has_no_axe_violations(int width)
    {
        var token = ClaimTokens.NewToken();
        await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Where(i => i.Key == "demo-migrationsberatung-arnstadt").Select(i => i.Id).SingleAsync();
            db.EntryClaims.Add(new EntryClaim
            {
                ItemId = item, Name = "Erika Muster", Email = "erika@example.org", Role = "Leiterin", CreatedUtc = DateTime.UtcNow,
                State = EntryClaimState.AwaitingConfirmation, TokenHash = ClaimTokens.Hash(token), TokenExpiresUtc = DateTime.UtcNow.AddDays(7),
            });
            return await db.SaveChangesAsync();
        });
        var page = await site.NewPageAsync(width);

        var response = await page.GotoAsync($"{site.BaseUrl}/anspruch/{token}");
        var result = await page.RunAxe();

        Assert.Equal(200, response!.Status);
        Assert.True(result.Violations.Length == 0, StaffPages.Describe(result));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_providers_start_page_has_no_axe_violations(int width)
    {
        var name = $"anbieter{width}";
        await TestAccounts.CreateWithoutTwoFactorAsync(site.Factory, name, Roles.Provider);
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await users.AddClaimAsync((await users.FindByNameAsync(name))!, new Claim(EditorPermissions.OrganisationClaim, "demo-sprachschule-arnstadt"));
        }

        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + "/konto/anmelden?ReturnUrl=%2Fadmin%2Fanbieter");
        await page.FillAsync("#si-user", name);
        await page.FillAsync("#si-password", TestAccounts.Password);
        await page.ClickAsync("form.contact-form button[type=submit]");
        await page.WaitForURLAsync("**/admin/anbieter");
        var result = await page.RunAxe();

        Assert.Contains("demo-integrationskurs-a1-arnstadt", await page.ContentAsync());
        Assert.True(result.Violations.Length == 0, StaffPages.Describe(result));
        await page.Context.CloseAsync();
    }
}
