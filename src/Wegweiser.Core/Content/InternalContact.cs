namespace Wegweiser.Core.Content;

/// <summary>A contact person shown only to signed-in volunteers and staff, never to the public.</summary>
public sealed class InternalContact
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
