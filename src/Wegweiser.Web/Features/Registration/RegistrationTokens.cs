using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// The confirmation link's token: 32 random bytes (base64url, 43 characters). Only its SHA-256 is
/// stored, so a copy of the database confirms nothing.
/// </summary>
public static class RegistrationTokens
{
    public const int Length = 43;

    public static (string Token, string Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the text has a token's shape (checked before any database look-up).</summary>
    public static bool HasShape(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
