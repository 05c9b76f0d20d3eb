using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Media;

namespace Wegweiser.Web.Tests.Faults;

/// <summary>
/// An upload when the media folder's disk is full (a small tmpfs mounted on it): a clear German
/// error in the form, no file of the image (and no half-written one) remains, the store is unchanged.
/// </summary>
public class MediaDiskFullTests
{
    [Fact]
    public async Task An_upload_onto_a_full_disk_says_so_in_German_and_leaves_no_file()
    {
        // Arrange: a 64 KB file system on the media folder with only a few KB left.
        await using var factory = new WegweiserFactory("blank");
        var media = Path.Combine(factory.DataFolder, "media");
        System.IO.Directory.CreateDirectory(media);
        var mount = Run("mount", "-t", "tmpfs", "-o", "size=64k,mode=0777", "tmpfs", media);
        Assert.True(mount.ExitCode == 0,
            $"This test needs to mount a small tmpfs on the media folder (as root, or with CAP_SYS_ADMIN) to simulate a full disk: {mount.Output}");
        try
        {
            var filler = Path.Combine(media, "filler.bin");
            await File.WriteAllBytesAsync(filler, new byte[56 * 1024]);
            await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await TestAccounts.SignInAsync(client, "redaktion");

            // Act
            using var content = new MultipartFormDataContent();
            content.Add(new StringContent(await TestAccounts.TokenAsync(client, "/admin/medien")), "__RequestVerificationToken");
            var file = new ByteArrayContent(TestImages.Make("png"));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "file", "foto.png");
            var response = await client.PostAsync("/admin/medien", content);
            var html = await response.Content.ReadAsStringAsync();

            // Assert
            Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
            Assert.Contains("Das Bild wurde nicht gespeichert: Der Speicherplatz ist voll.", html);
            Assert.Contains("role=\"alert\"", html);
            Assert.Equal(["filler.bin"], System.IO.Directory.GetFiles(media).Select(Path.GetFileName));
            Assert.DoesNotContain("<h2>", html[html.IndexOf("</form>", StringComparison.Ordinal)..]);
        }
        finally
        {
            Run("umount", media);
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
