namespace Wegweiser.Web.Features.Directory;

/// <summary>What the visitor's forms (report a mistake, ask for a contact) share.</summary>
public static class VisitorForm
{
    /// <summary>After a form was sent, the page is shown again with <c>?gesendet=1</c> and says thank you.</summary>
    public const string SentParam = "gesendet";
}
