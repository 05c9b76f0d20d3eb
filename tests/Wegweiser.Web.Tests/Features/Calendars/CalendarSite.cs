using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>The steps of the subscription page, as an editor takes them.</summary>
public static class CalendarSite
{
    public static string Page(string organisation) => $"/admin/eintraege/{organisation}/kalender";

    public static Task<HttpResponseMessage> AddAsync(HttpClient client, string organisation, string address) =>
        EditorSite.PostAsync(client, Page(organisation) + "?handler=Add", Page(organisation), ("adresse", address));

    /// <summary>Adds a subscription and returns its id.</summary>
    public static async Task<long> SubscribeAsync(WegweiserFactory factory, HttpClient client, string organisation, string address)
    {
        var added = await AddAsync(client, organisation, address);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return await factory.QueryAsync(db => db.CalendarSubscriptions
            .Where(s => s.OrganisationKey == organisation).OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
    }

    /// <summary>Clicks "Jetzt abrufen" and returns the page shown afterwards (HTML-decoded).</summary>
    public static async Task<string> FetchNowAsync(HttpClient client, string organisation, long id)
    {
        var fetched = await EditorSite.PostAsync(client, Page(organisation) + "?handler=Fetch", Page(organisation), ("id", id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, fetched.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(fetched.Headers.Location!.OriginalString));
    }
}
