namespace Wegweiser.Core.Content;

/// <summary>A postal address; <see cref="Town"/> is a key of the town taxonomy.</summary>
public sealed class Address
{
    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? Town { get; set; }
}
