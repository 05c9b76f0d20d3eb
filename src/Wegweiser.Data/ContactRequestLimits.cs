namespace Wegweiser.Data;

/// <summary>Field lengths of a contact request, shared by the database and the form.</summary>
public static class ContactRequestLimits
{
    public const int Name = 200;
    public const int Reach = 300;
    public const int Message = 2000;
}
