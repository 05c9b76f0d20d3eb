namespace Wegweiser.Web.Features.Email;

/// <summary>How the site sends email, bound from <c>Wegweiser:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Wegweiser:Email";

    /// <summary>
    /// <c>Smtp</c>, <c>Pickup</c> or empty. Empty means: the pickup folder in Development or when
    /// no <see cref="Host"/> is set, SMTP otherwise.
    /// </summary>
    public string? Delivery { get; set; }

    /// <summary>The SMTP server, e.g. <c>smtp.ilm-kreis.de</c>.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Require STARTTLS (the connection is refused without it). Off only for a server on loopback.</summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>Sign in to the SMTP server when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Wegweiser Ilm-Kreis &lt;wegweiser@ilm-kreis.de&gt;</c>.</summary>
    public string From { get; set; } = "Wegweiser <wegweiser@localhost>";

    /// <summary>Where the pickup mode writes .eml files; relative paths start at the data folder.</summary>
    public string PickupFolder { get; set; } = "mail";

    /// <summary>Whether messages go to the pickup folder rather than to an SMTP server.</summary>
    public bool UsesPickupFolder(bool isDevelopment) => Delivery?.Trim().ToLowerInvariant() switch
    {
        "smtp" => false,
        "pickup" => true,
        _ => isDevelopment || string.IsNullOrWhiteSpace(Host),
    };
}
