using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Infrastructure.Security;

namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>
/// Data-protection keys in the database: keys of the old <c>keys</c> folder are taken over once, and
/// with a certificate configured new keys are stored encrypted; a wrong certificate stops the start.
/// </summary>
public sealed class DataProtectionKeyTests
{
    private const string Purpose = "Wegweiser.Tests.Keys";

    [Fact]
    public async Task Keys_of_the_old_keys_folder_are_imported_once_so_old_links_stay_valid()
    {
        // Arrange: a payload protected by an earlier version, whose key sits in <data>/keys.
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-keys-").FullName;
        var old = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(folder, "keys")), b => b.SetApplicationName("Wegweiser"));
        var payload = old.CreateProtector(Purpose).Protect("alter Link");
        var keyFile = Path.GetFileNameWithoutExtension(System.IO.Directory.GetFiles(Path.Combine(folder, "keys")).Single());

        // Act
        await using var site = new WegweiserFactory("blank", dataFolder: folder);
        site.CreateClient();
        await using var scope = site.Services.CreateAsyncScope();
        var importedAgain = await scope.ServiceProvider.GetRequiredService<DataProtectionKeyImport>().ImportAsync();

        // Assert
        Assert.Equal([keyFile], await site.QueryAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName!).ToListAsync()));
        Assert.Equal(0, importedAgain);
        Assert.Equal("alter Link", site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(payload));
    }

    [Fact]
    public async Task With_a_certificate_new_keys_are_stored_encrypted()
    {
        // Arrange
        var (path, password) = SelfSignedCertificate();
        await using var site = new WegweiserFactory("blank", "sqlite", null, null, new Dictionary<string, string>
        {
            ["Wegweiser:DataProtection:CertificatePath"] = path,
            ["Wegweiser:DataProtection:CertificatePassword"] = password,
        });
        site.CreateClient();
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

        // Act
        var payload = protector.Protect("geheim");

        // Assert
        Assert.Equal("geheim", protector.Unprotect(payload));
        var xml = await site.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).SingleAsync());
        Assert.Contains("EncryptedXmlDecryptor", xml);
        Assert.DoesNotContain("<masterKey", xml);
    }

    [Fact]
    public async Task A_wrong_certificate_password_stops_the_start_with_a_message_naming_the_setting()
    {
        var (path, _) = SelfSignedCertificate();
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cert-").FullName;

        var result = await CommandLineProcess.RunAsync(folder, new Dictionary<string, string>
        {
            ["Wegweiser__DataProtection__CertificatePath"] = path,
            ["Wegweiser__DataProtection__CertificatePassword"] = "falsch",
        }, "help");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Wegweiser:DataProtection:CertificatePassword: Das Zertifikat", result.Output);
        Assert.Contains("Is the password right?", result.Output);
        Assert.DoesNotContain("Verwaltungsbefehle", result.Output);
    }

    [Fact]
    public void A_missing_certificate_file_is_named_in_German_and_English()
    {
        var options = new DataProtectionKeyOptions { CertificatePath = "/gibt/es/nicht.pfx" };

        var problem = options.Problem("/");

        Assert.Equal("Wegweiser:DataProtection:CertificatePath: Die Datei '/gibt/es/nicht.pfx' gibt es nicht.\n"
            + "Wegweiser:DataProtection:CertificatePath: the file '/gibt/es/nicht.pfx' does not exist.", problem);
    }

    private static (string Path, string Password) SelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Wegweiser Schluesselschutz", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        const string password = "Zertifikat-Passwort-1";
        var path = Path.Combine(System.IO.Directory.CreateTempSubdirectory("wegweiser-cert-").FullName, "schluessel.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }
}
