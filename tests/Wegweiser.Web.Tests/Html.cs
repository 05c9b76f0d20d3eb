namespace Wegweiser.Web.Tests;

/// <summary>Text as the site's Razor encoder writes it: only markup characters escaped, Unicode kept.</summary>
public static class Html
{
    public static string Encode(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#x27;");
}
