using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>The rebuild button at /admin/suchindex: administrators only, with progress, and search stays online.</summary>
public sealed class ReindexPageTests : IDisposable
{
    private readonly WegweiserFactory _factory = new("demo");

    [Fact]
    public async Task An_administrator_rebuilds_the_index_and_search_keeps_answering_meanwhile()
    {
        // Arrange
        await TestAccounts.CreateAsync(_factory, "technik", Roles.Administrator);
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SearchApi.WaitForIndexAsync(client);
        await TestAccounts.SignInAsync(client, "technik");
        var before = await client.GetStringAsync("/admin/suchindex");

        // Act
        var post = await client.PostAsync("/admin/suchindex", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/admin/suchindex"),
        }));
        var hitsWhileRunning = new List<int>();
        JsonElement status;
        var polls = 0;
        do
        {
            hitsWhileRunning.Add(SearchApi.Keys(await SearchApi.SearchAsync(client, "beratung")).Count);
            status = await client.GetFromJsonAsync<JsonElement>("/admin/suchindex?handler=Status");
            await Task.Delay(20);
        }
        while (status.GetProperty("running").GetBoolean() && ++polls < 500);
        var after = await client.GetStringAsync("/admin/suchindex");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("<h1>Suchindex</h1>", before);
        Assert.Contains("<td>العربية (ar)</td>", before);
        Assert.False(status.GetProperty("failed").GetBoolean());
        Assert.Equal(100, status.GetProperty("percent").GetInt32());
        Assert.True(status.GetProperty("total").GetInt32() > 100);
        Assert.All(hitsWhileRunning, count => Assert.True(count > 0, "search went empty during the rebuild"));
        Assert.Contains($"Fertig: {status.GetProperty("total").GetInt32()} Einträge in allen Sprachen", after);
    }

    [Theory]
    [InlineData(Roles.Publisher)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Translator)]
    [InlineData(Roles.Volunteer)]
    public async Task Other_roles_may_not_rebuild(string role)
    {
        await TestAccounts.CreateAsync(_factory, "person", role);
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "person");

        var page = await client.GetAsync("/admin/suchindex");
        var status = await client.GetAsync("/admin/suchindex?handler=Status");

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("/konto/anmelden", page.Headers.Location?.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/admin/suchindex");
        var post = await client.PostAsync("/admin/suchindex", new FormUrlEncodedContent([]));

        Assert.Equal("/konto/anmelden", page.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.NotEqual("/admin/suchindex", post.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.False(_factory.Services.GetRequiredService<Wegweiser.Web.Features.Search.ReindexJob>().Status.IsRunning);
    }

    public void Dispose() => _factory.Dispose();
}
