namespace Wegweiser.Web.Features.Directory;

/// <summary>What the contact request form shows: the entry, the visitor's input and any problems.</summary>
public sealed record ContactFormView(EntryDetail Detail, ContactRequestInput Input, IReadOnlyDictionary<string, string> Errors)
{
    public static ContactFormView Empty(EntryDetail detail) => new(detail, new ContactRequestInput(), new Dictionary<string, string>());
}
