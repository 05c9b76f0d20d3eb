using Microsoft.AspNetCore.DataProtection;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// The personal links of review requests: <c>/rueckmeldung/&lt;token&gt;</c>, where the token is the
/// request's id protected by the site's data-protection keys. A changed character makes it invalid;
/// when it expires is the round's business (<see cref="Data.ReviewRounds.ReviewRound.ExpiresUtc"/>).
/// </summary>
public sealed class ReviewLinks(IDataProtectionProvider protection)
{
    public const string Segment = "rueckmeldung";

    private readonly IDataProtector _protector = protection.CreateProtector("Wegweiser.ReviewRequest.v1");

    public string PathFor(long requestId) => $"/{Segment}/{_protector.Protect(requestId.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    /// <summary>The request id in <paramref name="token"/>, or null when it was not made by this site.</summary>
    public long? RequestIdOf(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return long.TryParse(_protector.Unprotect(token), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
