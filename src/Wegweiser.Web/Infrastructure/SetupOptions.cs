namespace Wegweiser.Web.Infrastructure;

/// <summary>What the first start does. Bound from <c>Wegweiser:Setup</c>.</summary>
public sealed class SetupOptions
{
    /// <summary>The recipe applied on first start; <c>none</c> applies nothing.</summary>
    public string Recipe { get; set; } = "ilm-kreis";

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "admin@localhost";

    /// <summary>The first administrator's password; when empty, one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}
