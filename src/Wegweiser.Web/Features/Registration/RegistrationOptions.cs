namespace Wegweiser.Web.Features.Registration;

/// <summary>The public registration form's settings, bound from <c>Wegweiser:Registration</c>.</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Wegweiser:Registration";

    /// <summary>How long the confirmation link in the email works.</summary>
    public int LinkHours { get; set; } = 48;

    /// <summary>
    /// A registration with its contact person's name and address is deleted this many days after a
    /// publisher rejected or published it, or after its confirmation link expired unused.
    /// </summary>
    public int DeleteAfterDays { get; set; } = 90;

    /// <summary>The key of the page the form's data-protection notice links (the privacy statement).</summary>
    public string PrivacyPageKey { get; set; } = "datenschutz";

    public TimeSpan LinkLifetime => TimeSpan.FromHours(Math.Max(1, LinkHours));

    public TimeSpan DeleteAfter => TimeSpan.FromDays(Math.Max(1, DeleteAfterDays));
}
