namespace Wegweiser.Data;

/// <summary>Field lengths of a claim, shared by the database and the form.</summary>
public static class EntryClaimLimits
{
    public const int Name = 200;
    public const int Email = 256;
    public const int Role = 200;
    public const int Message = 2000;
    public const int Reason = 2000;
}
