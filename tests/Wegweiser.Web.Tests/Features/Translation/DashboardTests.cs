using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Translation;

/// <summary>The translation dashboard: for staff and translators only, outdated texts first.</summary>
public class DashboardTests
{
    [Fact]
    public async Task Anonymous_visitors_and_volunteers_are_sent_to_sign_in()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "erika", Roles.Volunteer);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var volunteer = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(volunteer, "erika");

        var first = await anonymous.GetAsync("/admin/uebersetzungen");
        var second = await volunteer.GetAsync("/admin/uebersetzungen");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/konto/anmelden", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
    }

    [Fact]
    public async Task A_translator_sees_coverage_as_a_chart_and_outdated_texts_first()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "amal", Roles.Translator);
        // The German text of a service with an English translation changes: English is now outdated.
        await factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == "anonymer-krankenschein");
            var draft = item.EditableVersion(DateTime.UtcNow, "test");
            var german = draft.Translation("de")!;
            draft.SetTranslation("de", german.Slug, german.Title + " (neu)", german.Fields);
            item.Transition(Core.Workflow.WorkflowState.Published, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "amal");

        var html = await client.GetStringAsync("/admin/uebersetzungen");

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"chart-title\"", html);
        Assert.Contains(">English (en)</text>", html);
        var firstRow = html.IndexOf("id=\"zu-tun\">Zu tun</h2>", StringComparison.Ordinal);
        var outdated = html.IndexOf("veraltet: übersetzt von Fassung 1, Deutsch ist jetzt Fassung 2", firstRow, StringComparison.Ordinal);
        var missing = html.IndexOf(">fehlt</td>", firstRow, StringComparison.Ordinal);
        // The recipes translate everything: missing rows appear only where a translation is deleted.
        Assert.True(outdated > 0 && (missing < 0 || outdated < missing), "outdated entries come before missing ones");
        Assert.Contains("Anonymer Krankenschein", html[firstRow..outdated]);
    }

    [Fact]
    public async Task Machine_translations_nobody_checked_are_counted_and_listed_for_review_and_the_list_narrows_by_status()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "amal", Roles.Translator);
        var machine = await factory.QueryAsync(db => db.ContentTranslations.CountAsync(t => t.IsMachineTranslated));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "amal");

        var all = await client.GetStringAsync("/admin/uebersetzungen");
        var onlyMachine = await client.GetStringAsync("/admin/uebersetzungen?zustand=maschinell");
        var onlyOutdated = await client.GetStringAsync("/admin/uebersetzungen?zustand=veraltet");
        var unknown = await client.GetAsync("/admin/uebersetzungen?zustand=%3Cscript%3E");

        // The recipes' translations are marked machine-translated: they are not "aktuell" but to be checked.
        Assert.True(machine > 0);
        Assert.Contains("<th scope=\"col\">maschinell übersetzt, noch nicht geprüft</th>", all);
        Assert.Contains("<td>maschinell übersetzt, noch nicht geprüft</td>", onlyMachine);
        Assert.Contains("<strong aria-current=\"page\">maschinell übersetzt, noch nicht geprüft</strong>", onlyMachine);
        Assert.Contains("zustand=maschinell&amp;seite=2", onlyMachine);
        Assert.DoesNotContain("<td>maschinell übersetzt, noch nicht geprüft</td>", onlyOutdated);
        Assert.Contains("<p>Keine Übersetzung in diesem Zustand.</p>", onlyOutdated);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
    }
}
