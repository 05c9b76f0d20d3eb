namespace Wegweiser.Core.Content;

/// <summary>Public ways to reach an organisation or offer.</summary>
public sealed class ContactData
{
    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Website);
}
