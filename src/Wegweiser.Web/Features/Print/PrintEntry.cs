namespace Wegweiser.Web.Features.Print;

/// <summary>
/// One entry of a printable list in compact form: what someone needs on paper to get in touch.
/// Contacts come only from <see cref="Core.Content.PublicContact"/>, so paper shows what the page shows anonymously.
/// </summary>
public sealed record PrintEntry(
    string Title,
    string Url,
    bool IsFallback,
    bool IsSample,
    IReadOnlyList<string> Addresses,
    string? Phone,
    string? Email,
    string? Website,
    bool ByRequestOnly,
    string? Dates,
    IReadOnlyList<string> Hours);
