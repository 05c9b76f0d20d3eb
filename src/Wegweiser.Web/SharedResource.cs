using System.Resources;

namespace Wegweiser.Web;

/// <summary>Marker for the site's UI strings in <c>Resources/SharedResource*.resx</c> (neutral = German).</summary>
public sealed class SharedResource
{
    /// <summary>
    /// The one manager of these resources, for code that runs outside a request (emails, the provider
    /// page's messages without a localizer). A culture without its own text falls back to the neutral
    /// (German) resources, as <c>IStringLocalizer</c> does.
    /// </summary>
    public static readonly ResourceManager Manager = new("Wegweiser.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
}
