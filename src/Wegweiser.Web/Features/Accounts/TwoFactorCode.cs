using System.Globalization;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>What people type as a second factor, tidied: spaces and dashes in app codes are fine.</summary>
public static class TwoFactorCode
{
    /// <summary>The six digits of an authenticator code, or null when the input is not one.</summary>
    public static string? AsAuthenticatorCode(string? input)
    {
        var digits = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>A recovery code as Identity stores it ("XXXXX-XXXXX"): upper case, no spaces.</summary>
    public static string AsRecoveryCode(string? input) =>
        (input ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>The shared key in groups of four, easier to type into an app by hand.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    /// <summary>The otpauth:// address an authenticator app reads from the QR code.</summary>
    public static string OtpAuthUri(string issuer, string account, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6");
}
