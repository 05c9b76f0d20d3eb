namespace Wegweiser.Data.Registrations;

/// <summary>Field lengths of a registration, shared by the database and the form.</summary>
public static class RegistrationLimits
{
    public const int ContactName = 200;
    public const int ContactEmail = 254;
    public const int Comment = 2000;
    public const int Title = 200;

    /// <summary>The stored form, as JSON (all texts within their field limits fit well below this).</summary>
    public const int Input = 100_000;
}
