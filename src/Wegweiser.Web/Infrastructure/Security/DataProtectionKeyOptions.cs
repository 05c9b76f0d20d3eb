using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// How the data-protection keys (in the database) are protected at rest. Bound from
/// <c>Wegweiser:DataProtection</c>. Without a certificate the keys are stored as plain XML in the
/// database; with one, each new key is encrypted with the certificate's public key and every node
/// needs the same certificate (with its private key) to read them.
/// </summary>
public sealed class DataProtectionKeyOptions
{
    public const string Section = "Wegweiser:DataProtection";

    /// <summary>A PKCS#12 file (<c>.pfx</c>/<c>.p12</c>) with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>; empty when the file has none.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Whether a certificate is configured.</summary>
    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>Why the certificate cannot be used (German, then English), or null; checked at start-up.</summary>
    public string? Problem(string contentRoot) => TryLoad(contentRoot, out var certificate, out var problem) ? Dispose(certificate) : problem;

    /// <summary>The configured certificate with its private key; throws with <see cref="Problem"/>'s text when it cannot be read.</summary>
    public X509Certificate2 LoadCertificate(string contentRoot) =>
        TryLoad(contentRoot, out var certificate, out var problem) && certificate is not null
            ? certificate
            : throw new InvalidOperationException(problem ?? "No certificate is configured.");

    private bool TryLoad(string contentRoot, out X509Certificate2? certificate, out string? problem)
    {
        certificate = null;
        problem = null;
        if (!HasCertificate)
        {
            return true;
        }

        var path = Path.GetFullPath(Path.IsPathRooted(CertificatePath!) ? CertificatePath! : Path.Combine(contentRoot, CertificatePath!));
        if (!File.Exists(path))
        {
            problem = $"{Section}:CertificatePath: Die Datei '{path}' gibt es nicht.\n"
                + $"{Section}:CertificatePath: the file '{path}' does not exist.";
            return false;
        }

        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            problem = $"{Section}:CertificatePassword: Das Zertifikat '{path}' lässt sich nicht öffnen. Ist das Passwort richtig?\n"
                + $"{Section}:CertificatePassword: the certificate '{path}' cannot be opened. Is the password right?";
            return false;
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            certificate.Dispose();
            certificate = null;
            problem = $"{Section}:CertificatePath: In '{path}' fehlt der private RSA-Schlüssel.\n"
                + $"{Section}:CertificatePath: '{path}' holds no RSA private key.";
            return false;
        }

        return true;
    }

    private static string? Dispose(X509Certificate2? certificate)
    {
        certificate?.Dispose();
        return null;
    }
}
