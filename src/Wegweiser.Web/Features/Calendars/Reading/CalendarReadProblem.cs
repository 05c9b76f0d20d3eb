namespace Wegweiser.Web.Features.Calendars.Reading;

/// <summary>An event that could not be read: its line, its UID if known, and the resource key (and argument) of the reason.</summary>
public sealed record CalendarReadProblem(int Line, string? Uid, string ResourceKey, object? Argument = null);
