using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Media;

/// <summary>Signed-in editors upload images; the site serves only its own re-encoded files.</summary>
public class UploadTests
{
    [Fact]
    public async Task An_editor_uploads_a_photo_and_the_site_serves_its_sizes()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "redaktion");

        var response = await UploadAsync(client, TestImages.Make("jpeg"), "foto.jpg", "image/jpeg");
        var page = await client.GetStringAsync(response.Headers.Location);
        var file = Regex.Match(page, "src=\"(/medien/[0-9a-f]{32}-[0-9]+\\.jpg)\"").Groups[1].Value;
        var image = await factory.CreateClient().GetAsync(file);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Das Bild ist gespeichert.", page);
        Assert.Contains("type=\"image/webp\" srcset=", page);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", image.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_with_a_German_message()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, "redaktion");

        var response = await UploadAsync(client, "MZ nicht wirklich ein Bild"u8.ToArray(), "bild.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Das ist kein Bild im Format JPEG, PNG oder WebP.", await response.Content.ReadAsStringAsync());
        Assert.False(System.IO.Directory.Exists(Path.Combine(factory.DataFolder, "media")) && System.IO.Directory.GetFiles(Path.Combine(factory.DataFolder, "media")).Length > 0);
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_upload_and_unknown_files_are_404()
    {
        await using var factory = new WegweiserFactory("blank");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/medien")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/medien/..%2Fwegweiser.db")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/medien/00000000000000000000000000000000-320.jpg")).StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name, string type)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await TestAccounts.TokenAsync(client, "/admin/medien")), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Add(file, "file", name);
        return await client.PostAsync("/admin/medien", content);
    }
}
