using System.Security.Cryptography;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// The confirmation links of claims: a random token goes into the email, only its SHA-256 is
/// stored, so a copy of the database cannot confirm anything.
/// </summary>
public static class ClaimTokens
{
    /// <summary>How long the link in the email works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the text could be a token at all (checked before any database read).</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
