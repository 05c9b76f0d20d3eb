namespace Wegweiser.Web.Features.Directory;

/// <summary>One labelled drop-down of the filter form.</summary>
public sealed record FilterSelect(string Param, string Label, IReadOnlyList<(string Value, string Text)> Options, string? Selected);
