namespace Wegweiser.Web.Features.Directory;

/// <summary>One entry in a list: enough to choose it.</summary>
public sealed record EntryCard(string Title, string? Summary, string Url, IReadOnlyList<string> Towns, bool IsSample, bool IsFallback = false);
