using System.Net;
using System.Text.Json;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Translation.Machine;

/// <summary>
/// "Fehlende Übersetzungen vorschlagen" against a fake DeepL: the background job writes drafts
/// marked machine-translated for the chosen entries, reports its progress, publishes nothing,
/// and stops with a German message when the service fails.
/// </summary>
public class SuggestMissingTests(DeepLSite site) : IClassFixture<DeepLSite>
{
    private const string Path = "/admin/uebersetzungen/vorschlagen";

    [Fact]
    public async Task The_job_writes_drafts_marked_machine_translated_and_reports_progress()
    {
        string[] keys = ["demo-gesundheitslotsen-ilmenau", "demo-naehcafe-arnstadt"];
        foreach (var key in keys)
        {
            await site.DeleteTranslationAsync(key, "uk");
        }

        site.Api.FailWith = null;
        var dashboard = await site.Publisher.GetStringAsync("/admin/uebersetzungen");
        var list = await site.Publisher.GetStringAsync($"{Path}?sprache=uk");

        var response = await StartAsync("uk", keys);
        var status = await WaitAsync();
        var page = await site.Publisher.GetStringAsync($"{Path}?sprache=uk");

        Assert.Contains("Fehlende Übersetzungen vorschlagen", dashboard);
        Assert.All(keys, key => Assert.Contains($"value=\"{key}\"", list));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, status.GetProperty("done").GetInt32());
        Assert.Equal(2, status.GetProperty("total").GetInt32());
        Assert.Equal(100, status.GetProperty("percent").GetInt32());
        Assert.False(status.GetProperty("failed").GetBoolean());
        Assert.Contains("Fertig: 2 Entwürfe auf Українська geschrieben, 0 übersprungen", page);
        foreach (var key in keys)
        {
            var item = await EditorSite.ItemAsync(site.Factory, key);
            var suggestion = item.Latest.Translation("uk")!;
            Assert.Equal(WorkflowState.Draft, item.Latest.State);
            Assert.True(suggestion.IsMachineTranslated);
            Assert.Equal(TranslationStatus.MachineTranslated, item.Latest.TranslationStatus("uk"));
            Assert.StartsWith("⟦UK⟧ ", suggestion.Title);
            Assert.Equal(item.Latest.Translation("de")!.Fields.Keys.Order(), suggestion.Fields.Keys.Order());
            Assert.Null(item.Published!.Translation("uk")); // nothing public changed
            Assert.DoesNotContain($"value=\"{key}\"", page); // no longer missing
        }
    }

    [Fact]
    public async Task A_failing_service_stops_the_job_with_a_German_message_and_writes_nothing()
    {
        const string key = "demo-integrationskurs-a1-arnstadt";
        await site.DeleteTranslationAsync(key, "ru");
        var before = await EditorSite.ItemAsync(site.Factory, key);
        site.Api.FailWith = 456;

        await StartAsync("ru", [key]);
        var status = await WaitAsync();
        var page = await site.Publisher.GetStringAsync($"{Path}?sprache=ru");
        site.Api.FailWith = null;

        Assert.True(status.GetProperty("failed").GetBoolean());
        Assert.Contains("Angehalten. 0 Entwürfe auf Русский sind geschrieben.", page);
        Assert.Contains("Kontingent beim Übersetzungsdienst ist aufgebraucht", page);
        var after = await EditorSite.ItemAsync(site.Factory, key);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
        Assert.Null(after.Latest.Translation("ru"));
    }

    [Fact]
    public async Task Starting_without_entries_is_refused_with_a_German_message()
    {
        var response = await StartAsync("uk", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bitte wählen Sie mindestens einen Eintrag.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Editors_and_translators_may_not_start_it()
    {
        await TestAccounts.CreateAsync(site.Factory, "redakteur", Roles.Editor);
        var editor = site.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(editor, "redakteur");

        var page = await editor.GetAsync(Path);
        var dashboard = await editor.GetStringAsync("/admin/uebersetzungen");

        EditorSite.AssertDenied(page);
        Assert.DoesNotContain("Fehlende Übersetzungen vorschlagen", dashboard);
    }

    private async Task<HttpResponseMessage> StartAsync(string culture, string[] keys)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            // Any page with a form gives a token for this session; the list has none when nothing is missing.
            new("__RequestVerificationToken", await TestAccounts.TokenAsync(site.Publisher, SuggestionForm.Url("anonymer-krankenschein", "en"))),
            new("sprache", culture),
        };
        form.AddRange(keys.Select(k => new KeyValuePair<string, string>("eintrag", k)));
        return await site.Publisher.PostAsync(Path, new FormUrlEncodedContent(form));
    }

    /// <summary>Polls the progress as the page's script does, until the job has ended.</summary>
    private async Task<JsonElement> WaitAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var status = JsonDocument.Parse(await site.Publisher.GetStringAsync($"{Path}?handler=Status")).RootElement;
            if (!status.GetProperty("running").GetBoolean())
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The suggestion job did not end.");
    }
}
