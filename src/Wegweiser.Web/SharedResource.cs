namespace Wegweiser.Web;

/// <summary>Marker for the site's UI strings in <c>Resources/SharedResource*.resx</c> (neutral = German).</summary>
public sealed class SharedResource;
