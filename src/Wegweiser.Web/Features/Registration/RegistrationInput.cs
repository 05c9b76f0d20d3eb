using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// The public form "Verein oder Angebot eintragen": a shorter, guided part of the editor's form
/// (<see cref="EntryInput"/>) for a club or a service, and the contact person. Kept as typed, so a
/// form with mistakes or the way back from the preview loses nothing.
/// </summary>
public sealed class RegistrationInput
{
    /// <summary>The types a visitor may enter.</summary>
    public static readonly IReadOnlyList<ContentType> Types = [ContentType.Club, ContentType.Service];

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? Town { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public string? Hours { get; set; }

    public string? ClubCategory { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>The hidden field only bots fill in.</summary>
    public string? Homepage { get; set; }

    /// <summary>The chosen type, or null when none (or one a visitor may not enter) was chosen.</summary>
    public ContentType? ChosenType =>
        Enum.TryParse<ContentType>(Type, out var type) && Types.Contains(type) ? type : null;

    /// <summary>The entry as the editor's form would hold it: German texts, one address, the town also as the entry's town.</summary>
    public EntryInput ToEntryInput()
    {
        var type = ChosenType ?? ContentType.Service;
        var input = new EntryInput
        {
            Title = Title,
            Phone = Phone,
            Email = Email,
            Website = Website,
            Topics = [.. Topics],
            Languages = [.. Languages],
            Hours = Hours,
            ClubCategory = type == ContentType.Club ? ClubCategory : null,
        };
        foreach (var field in ContentFields.For(type).Where(f => f != ContentFields.Title))
        {
            input.Texts[field] = field == ContentFields.Summary ? Summary : field == ContentFields.Body ? Body : null;
        }

        var address = new EntryInput.AddressInput { Street = Street, PostalCode = PostalCode, Town = string.IsNullOrWhiteSpace(Town) ? null : Town };
        if (!address.IsEmpty)
        {
            input.Addresses.Add(address);
        }

        if (!string.IsNullOrWhiteSpace(Town))
        {
            input.Towns.Add(Town.Trim());
        }

        return input;
    }
}
