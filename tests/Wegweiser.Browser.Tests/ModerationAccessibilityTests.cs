using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Registrations;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Registration;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// The moderation queue with something in each of its sections (a registration from the public
/// form and a provider's draft in review), as a publisher who can decide sees it: no axe violations.
/// </summary>
public class ModerationAccessibilityTests(BrowserSiteFixture site) : IClassFixture<BrowserSiteFixture>
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_queue_with_a_registration_and_a_providers_draft_has_no_axe_violations(int width)
    {
        var club = $"Schachfreunde Gehren {width}";
        var draft = $"Integrationskurs A1 Arnstadt – neue Zeiten {width}";
        var provider = $"anbieter-moderation-{width}";
        await TestAccounts.CreateWithoutTwoFactorAsync(site.Factory, provider, Roles.Provider);
        await site.Factory.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var registered = ContentItem.Create(ContentType.Club, $"schachfreunde-gehren-{width}", now);
            registered.Latest.SetTranslation(Cultures.Source, $"schachfreunde-gehren-{width}", club,
                new Dictionary<string, string> { [ContentFields.Summary] = "Wir spielen jeden Freitag Schach." });
            registered.Transition(WorkflowState.InReview, now);
            db.ContentItems.Add(registered);
            db.Registrations.Add(new Registration
            {
                Type = ContentType.Club, Culture = Cultures.Source, Title = club, ContactName = "Erika Muster", ContactEmail = "erika@example.org",
                TokenHash = RegistrationTokens.Create().Hash, CreatedUtc = now, ExpiresUtc = now.AddHours(48), ConfirmedUtc = now,
                ItemId = registered.Id, State = RegistrationState.Waiting,
            });

            // A provider's change of a published course, submitted for review.
            var course = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations)
                .SingleAsync(i => i.Key == "demo-integrationskurs-a1-arnstadt");
            if (course.Latest.State != WorkflowState.Published)
            {
                course.Transition(WorkflowState.Published, now); // the other width's draft: publish it, then start anew
            }

            var version = course.EditableVersion(now, provider);
            var german = version.Translation(Cultures.Source)!;
            version.SetTranslation(Cultures.Source, german.Slug, draft, german.Fields);
            course.Transition(WorkflowState.InReview, now);
            return await db.SaveChangesAsync();
        });

        var page = await site.SignedInPageAsync("/admin/moderation", width);
        var result = await page.RunAxe();
        var html = System.Net.WebUtility.HtmlDecode(await page.ContentAsync());

        Assert.Contains(club, html);
        Assert.Contains(draft, html);
        Assert.Contains(provider, html);
        Assert.Contains("handler=PublishDraft", html);
        Assert.Contains("handler=RejectDraft", html);
        Assert.True(result.Violations.Length == 0, StaffPages.Describe(result));
        await page.Context.CloseAsync();
    }
}
