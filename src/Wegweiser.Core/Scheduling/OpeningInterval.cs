namespace Wegweiser.Core.Scheduling;

/// <summary>One stretch of opening on a local date.</summary>
public readonly record struct OpeningInterval(DateOnly Date, TimeOnly From, TimeOnly To);
